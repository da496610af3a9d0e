package nl.zuil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a browser receives: the cookie attributes and the page headers, over real HTTPS. */
class CookiesAndHeadersTest {

  @TempDir Path dir;

  private static final SecurityHeaders HEADERS =
      new SecurityHeaders("default-src 'none'; frame-ancestors 'none'", "same-origin");

  private static List<String> cookiesOf(HttpResponse<String> answer) {
    return answer.headers().allValues("Set-Cookie");
  }

  @Test
  void aSessionCookieIsHttpOnlySecureStrictForTheWholeSiteAndEndsWithTheBrowser() throws Exception {
    Cookies cookies = new Cookies(true);
    try (HttpsServer server =
        new HttpsServer(dir, r -> r.get("/", c -> cookies.session(c, "zuil-s", "abc")))) {
      String cookie = cookiesOf(server.get("/")).get(0);

      assertThat(cookie)
          .startsWith("zuil-s=abc")
          .contains("Path=/", "Secure", "HttpOnly", "SameSite=Strict")
          .doesNotContain("Max-Age", "Expires");
    }
  }

  @Test
  void aPreferenceLastsAndScriptsMayReadItAndAClearedCookieEndsNow() throws Exception {
    Cookies cookies = new Cookies(true);
    try (HttpsServer server =
        new HttpsServer(
            dir,
            r ->
                r.get(
                    "/",
                    c -> {
                      cookies.preference(c, "zuil-lang", "en", Duration.ofDays(365));
                      cookies.clear(c, "zuil-s");
                    }))) {
      List<String> set = cookiesOf(server.get("/"));

      assertThat(set)
          .anySatisfy(
              c ->
                  assertThat(c)
                      .startsWith("zuil-lang=en")
                      .contains("Max-Age=31536000", "SameSite=Strict", "Secure")
                      .doesNotContain("HttpOnly"));
      assertThat(set)
          .anySatisfy(
              c -> assertThat(c).startsWith("zuil-s=;").contains("Expires=Thu, 01 Jan 1970"));
    }
  }

  @Test
  void aCookieThatMustSurviveTheProvidersRedirectIsLaxButStillHttpOnlyAndSecure() throws Exception {
    Cookies cookies = new Cookies(true);
    try (HttpsServer server =
        new HttpsServer(
            dir,
            r ->
                r.get(
                    "/",
                    c -> cookies.returning(c, "zuil-oidc", "state", Duration.ofMinutes(10))))) {
      assertThat(cookiesOf(server.get("/")).get(0))
          .startsWith("zuil-oidc=state")
          .contains("Path=/", "Secure", "HttpOnly", "SameSite=Lax", "Max-Age=600");
    }
  }

  @Test
  void cookiesForAPlainHttpDemoAreNotMarkedSecure() throws Exception {
    Cookies cookies = new Cookies(false);
    try (HttpsServer server =
        new HttpsServer(
            dir,
            r -> r.get("/", c -> cookies.lasting(c, "zuil-login", "t", Duration.ofHours(1))))) {
      assertThat(cookiesOf(server.get("/")).get(0))
          .contains("HttpOnly", "SameSite=Strict", "Max-Age=3600")
          .doesNotContain("Secure");
    }
  }

  @Test
  void everyAnswerCarriesThePolicyAndRefusesFramingSniffingAndCaching() throws Exception {
    try (HttpsServer server =
        new HttpsServer(
            dir,
            HEADERS::onEveryAnswer,
            r -> {
              r.get("/", c -> c.result("page"));
              r.get(
                  "/fails",
                  c -> {
                    throw new IllegalStateException("a bug");
                  });
              r.post("/upload", c -> c.result(c.bodyAsBytes().length + " bytes"));
            })) {
      Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
      answers.put("page", server.get("/"));
      answers.put("404", server.get("/nothing-here"));
      answers.put("500", server.get("/fails"));
      answers.put(
          "413",
          server.client.send(
              HttpRequest.newBuilder(URI.create(server.url("/upload")))
                  .POST(BodyPublishers.ofByteArray(new byte[HttpsServer.MAX_REQUEST_BYTES + 1]))
                  .build(),
              BodyHandlers.ofString()));
      // Too large a header is refused by Jetty itself, before any route or customizer runs.
      answers.put(
          "431",
          server.client.send(
              HttpRequest.newBuilder(URI.create(server.url("/")))
                  .header("X-Padding", "x".repeat(20_000))
                  .build(),
              BodyHandlers.ofString()));

      assertThat(answers.get("page").statusCode()).isEqualTo(200);
      assertThat(answers.get("404").statusCode()).isEqualTo(404);
      assertThat(answers.get("500").statusCode()).isEqualTo(500);
      assertThat(answers.get("413").statusCode()).isEqualTo(413);
      assertThat(answers.get("431").statusCode()).isEqualTo(431);
      answers.forEach(
          (what, answer) -> {
            HttpHeaders headers = answer.headers();
            assertThat(headers.firstValue("Content-Security-Policy"))
                .as(what)
                .contains("default-src 'none'; frame-ancestors 'none'");
            assertThat(headers.firstValue("X-Frame-Options")).as(what).contains("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).contains("same-origin");
            assertThat(headers.firstValue("Cache-Control").orElse(""))
                .as(what)
                .contains("no-store");
            assertThat(headers.firstValue("Strict-Transport-Security"))
                .as(what)
                .contains("max-age=31536000");
          });
    }
  }

  @Test
  void aRouteReplacesThePolicyOnceAndKeepsEveryOtherHeader() throws Exception {
    SecurityHeaders page =
        new SecurityHeaders("default-src 'self'; frame-ancestors 'none'", "no-referrer");
    try (HttpsServer server =
        new HttpsServer(
            dir,
            HEADERS::onEveryAnswer,
            r -> {
              r.before("/page", page);
              r.get("/page", c -> c.result("page"));
            })) {
      HttpHeaders headers = server.get("/page").headers();

      assertThat(headers.allValues("Content-Security-Policy"))
          .containsExactly("default-src 'self'; frame-ancestors 'none'");
      assertThat(headers.allValues("Referrer-Policy")).containsExactly("no-referrer");
      assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(headers.firstValue("Strict-Transport-Security")).isPresent();
    }
  }

  @Test
  void aPolicyThatLetsOthersFrameThePageIsRefused() {
    assertThatThrownBy(() -> new SecurityHeaders("default-src 'self'", "no-referrer"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("frame-ancestors");
  }
}
