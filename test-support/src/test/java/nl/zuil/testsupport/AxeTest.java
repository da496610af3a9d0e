package nl.zuil.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** axe in a real page: the heatmap cell issue 17 reported fails, a readable one passes. */
class AxeTest {

  private static HttpServer server;
  private static HeadlessChromium browser;

  @BeforeAll
  static void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String background = exchange.getRequestURI().getQuery();
          byte[] body =
              ("<!doctype html><html lang=nl><title>Heatmap</title><main><table><tr><th>Ma</th>"
                      + "<td style='background:#"
                      + background
                      + ";color:#fff'>12</td></tr></table></main>")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    browser = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.stop(0);
  }

  private String page(String background) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/?" + background;
  }

  @Test
  void whiteOnTheOldHeatmapBlueIsASeriousContrastViolation() {
    browser.driver().get(page("4292c6"));

    assertThat(Axe.violations(browser.driver()))
        .singleElement()
        .asString()
        .startsWith("serious color-contrast");
    assertThatThrownBy(() -> browser.assertAccessible("heatmap"))
        .hasMessageContaining("heatmap fails WCAG 2.1 AA")
        .hasMessageContaining("color-contrast");
  }

  @Test
  void whiteOnADarkEnoughBluePasses() {
    browser.driver().get(page("2171b5"));

    assertThat(Axe.violations(browser.driver())).isEmpty();
  }
}
