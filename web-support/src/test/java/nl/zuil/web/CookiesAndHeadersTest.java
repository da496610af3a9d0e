package nl.zuil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
            r -> {
              r.before(HEADERS);
              r.get("/", c -> c.result("page"));
            })) {
      HttpResponse<String> page = server.get("/");
      HttpResponse<String> missing = server.get("/nothing-here");

      for (HttpResponse<String> answer : List.of(page, missing)) {
        assertThat(answer.headers().firstValue("Content-Security-Policy"))
            .contains("default-src 'none'; frame-ancestors 'none'");
        assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(answer.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
      }
    }
  }
}
