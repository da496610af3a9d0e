package nl.zuil.kiosk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.zuil.kiosk.testing.WebClient;
import nl.zuil.kiosk.testing.WebConsoleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every answer of the kiosk's web console carries the security headers: pages, the display, its
 * data, refusals, a page that does not exist, and the live stream itself.
 */
class ConsoleHeadersTest {

  @TempDir Path dir;

  @Test
  void everyAnswerForbidsFramingAndSniffingAndInsistsOnHttps() throws Exception {
    try (WebConsoleFixture web =
        WebConsoleFixture.start(
            dir, WebConsoleFixture.certificate(Files.createDirectories(dir.resolve("keys"))))) {
      WebClient browser = new WebClient(web.base, web.certificate);
      Map<String, HttpHeaders> answers = new LinkedHashMap<>();
      answers.put("login page", browser.get("/login").headers());
      answers.put("display", browser.get("/display").headers());
      answers.put("display board", browser.get("/display/board").headers());
      answers.put("board without login", browser.get("/console/api/board").headers());
      answers.put("no such page", browser.get("/nothing-here").headers());
      answers.put("forged post", browser.postForm("/login", "pin=1234").headers());
      HttpResponse<InputStream> stream = browser.stream("/display/events");
      answers.put("display stream", stream.headers());
      stream.body().close();

      assertThat(stream.statusCode()).isEqualTo(200);
      answers.forEach(
          (what, headers) -> {
            assertThat(headers.firstValue("Content-Security-Policy").orElse(""))
                .as(what)
                .contains("frame-ancestors 'none'", "default-src 'none'");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).contains("same-origin");
            assertThat(headers.firstValue("Strict-Transport-Security"))
                .as(what)
                .contains("max-age=31536000");
          });
    }
  }
}
