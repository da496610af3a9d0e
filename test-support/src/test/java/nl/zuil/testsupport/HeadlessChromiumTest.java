package nl.zuil.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class HeadlessChromiumTest {

  @Test
  void readsALoopbackPageAndSavesWhatItDownloads() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body =
              "<title>Zuil</title><a id=csv href=/export.csv download>CSV</a>"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.createContext(
        "/export.csv",
        exchange -> {
          byte[] body = "inlooppunt;bezoeken\nHengelo;< 5\n".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/csv");
          exchange
              .getResponseHeaders()
              .add("Content-Disposition", "attachment; filename=export.csv");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try (HeadlessChromium browser = HeadlessChromium.start()) {
      browser.driver().get("http://127.0.0.1:" + server.getAddress().getPort() + "/");
      assertThat(browser.driver().getTitle()).isEqualTo("Zuil");

      browser.driver().findElement(By.id("csv")).click();
      Path file = browser.downloads().resolve("export.csv");
      for (int i = 0; i < 100 && !Files.exists(file); i++) {
        Thread.sleep(100);
      }
      assertThat(file).content(StandardCharsets.UTF_8).contains("Hengelo;< 5");
    } finally {
      server.stop(0);
    }
  }
}
