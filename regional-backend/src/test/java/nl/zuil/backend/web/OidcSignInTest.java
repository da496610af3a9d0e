package nl.zuil.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.testsupport.TestCertificate;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in through a real OpenID Connect provider on loopback, request by request as a browser makes
 * them: the mapped role on a good sign-in, and a clear refusal, with no session and nothing stored,
 * for a state that is not the browser's, a code redeemed twice, an ID token for another audience
 * and a person without a Zuil group.
 */
class OidcSignInTest {

  @TempDir Path dir;
  private TestProvider provider;
  private StaffServer server;
  private StaffClient browser;
  private TestCertificate certificate;
  private final HttpClient toProvider =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void start() {
    provider = TestProvider.start(false);
    certificate = TestCertificate.create(dir, "backend");
    int port = StaffServer.freePort();
    server =
        StaffServer.start(
            TestDatabase.Kind.SQLITE,
            dir,
            certificate,
            "2026-11-23T10:00",
            TwoRegions::seed,
            provider.web(port),
            port);
    browser = new StaffClient(server, certificate);
  }

  @AfterEach
  void stop() {
    server.close();
    provider.close();
  }

  @Test
  void theLoginPageOffersTheProviderAndAGroupGivesItsRole() {
    assertThat(browser.get("/login").text()).contains("href=\"/login/oidc\"");
    signsInAs(Map.of("groups", List.of("medewerkers", TestProvider.STAFF_GROUP)));

    StaffClient.Answer callback = browser.get(callbackPath(providerAnswer(startAt())));
    assertThat(callback.status()).isEqualTo(200);
    assertThat(callback.header("Refresh")).isEqualTo("0; url=/");
    StaffClient.Answer dashboard = browser.get("/dashboard");
    assertThat(dashboard.status()).isEqualTo(200);
    assertThat(dashboard.text()).contains("idp:fatima");
    assertThat(server.backend().audit().recent(TwoRegions.A))
        .extracting(e -> e.username() + " " + e.action().code())
        .containsExactly("idp:fatima login");
  }

  @Test
  void aMunicipalityGroupSeesItsMunicipalityAndAnItGroupNoStatistics() {
    signsInAs(
        Map.of("groups", List.of(TestProvider.MUNICIPALITY_GROUP), "municipality", "Enschede"));
    browser.get(callbackPath(providerAnswer(startAt())));
    assertThat(browser.get("/dashboard").text()).contains("Enschede");

    StaffClient it = new StaffClient(server, certificate);
    signsInAs(Map.of("groups", List.of(TestProvider.IT_GROUP)));
    it.get(callbackPath(providerAnswer(it.get("/login/oidc").header("Location"))));
    assertThat(it.get("/dashboard").status()).isEqualTo(403);
    assertThat(it.get("/fleet").status()).isEqualTo(200);
  }

  @Test
  void refusesAStateThatIsNotThisBrowsers() {
    signsInAs(Map.of("groups", List.of(TestProvider.STAFF_GROUP)));
    String callback = callbackPath(providerAnswer(startAt()));
    String forged = callback.replaceAll("state=[^&]+", "state=forged");

    StaffClient.Answer answer = browser.get(forged);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.text())
        .contains("Inloggen met het account van uw organisatie is niet gelukt");
    assertNotSignedIn();
    assertThat(browser.get(callback).status())
        .as("the real state was spent with it")
        .isEqualTo(400);
    assertNotSignedIn();
  }

  /**
   * This test provider redeems a used code again (a real one should not); the code still fails
   * here, because the ID token it buys is bound to the first attempt's nonce.
   */
  @Test
  void refusesACodeRedeemedTwice() {
    signsInAs(Map.of("groups", List.of(TestProvider.STAFF_GROUP)));
    String first = callbackPath(providerAnswer(startAt()));
    assertThat(browser.get(first).status()).isEqualTo(200);
    browser.post("/logout", Map.of("csrf", browser.csrf("/fleet")));
    assertNotSignedIn();

    String code = first.replaceAll(".*[?&]code=([^&]+).*", "$1");
    signsInAs(Map.of("groups", List.of(TestProvider.STAFF_GROUP)));
    String second = callbackPath(providerAnswer(startAt()));
    String replayed = second.replaceAll("code=[^&]+", "code=" + code);

    StaffClient.Answer answer = browser.get(replayed);
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.text()).contains("niet gelukt");
    assertNotSignedIn();
  }

  @Test
  void refusesAnIdTokenForAnotherAudience() {
    provider
        .server()
        .enqueueCallback(
            new DefaultOAuth2TokenCallback(
                TestProvider.ISSUER_ID,
                "fatima-sub",
                "JWT",
                List.of("another-app"),
                Map.of(
                    "aud",
                    "another-app",
                    "preferred_username",
                    "fatima",
                    "groups",
                    List.of(TestProvider.STAFF_GROUP)),
                3600));
    StaffClient.Answer answer = browser.get(callbackPath(providerAnswer(startAt())));
    assertThat(answer.status()).isEqualTo(401);
    assertNotSignedIn();
  }

  @Test
  void refusesSomeoneWithoutAZuilGroupWithAClearPageAndStoresNothing() {
    int accounts = accounts();
    signsInAs(Map.of("groups", List.of("medewerkers")));
    StaffClient.Answer answer = browser.get(callbackPath(providerAnswer(startAt())));
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.text()).contains("heeft geen rol in Zuil");
    assertNotSignedIn();
    assertThat(accounts()).isEqualTo(accounts);

    signsInAs(Map.of("groups", List.of(TestProvider.STAFF_GROUP, TestProvider.IT_GROUP)));
    assertThat(browser.get(callbackPath(providerAnswer(startAt()))).status())
        .as("two roles at once")
        .isEqualTo(403);
    signsInAs(Map.of("groups", List.of(TestProvider.MUNICIPALITY_GROUP), "municipality", "Zwolle"));
    assertThat(browser.get(callbackPath(providerAnswer(startAt()))).status())
        .as("a municipality without inlooppunten of this region")
        .isEqualTo(403);
    assertNotSignedIn();
  }

  private void signsInAs(Map<String, Object> claims) {
    java.util.Map<String, Object> all = new java.util.HashMap<>(claims);
    all.put("preferred_username", "fatima");
    provider
        .server()
        .enqueueCallback(
            new DefaultOAuth2TokenCallback(
                TestProvider.ISSUER_ID,
                "fatima-sub",
                "JWT",
                List.of(TestProvider.CLIENT_ID),
                all,
                3600));
  }

  /** Starts a sign-in; returns where the backend sends the browser. */
  private String startAt() {
    StaffClient.Answer answer = browser.get("/login/oidc");
    assertThat(answer.status()).isEqualTo(303);
    String location = answer.header("Location");
    assertThat(location)
        .startsWith(provider.issuer() + "/authorize")
        .contains("code_challenge_method=S256")
        .contains("nonce=")
        .contains("state=");
    return location;
  }

  /** What the provider answers the browser: the redirect back with a code. */
  private String providerAnswer(String authorizationUrl) {
    try {
      HttpResponse<String> answer =
          toProvider.send(
              HttpRequest.newBuilder(URI.create(authorizationUrl)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(302);
      return answer.headers().firstValue("Location").orElseThrow();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private String callbackPath(String callbackUrl) {
    URI uri = URI.create(callbackUrl);
    return uri.getRawPath() + "?" + uri.getRawQuery();
  }

  private void assertNotSignedIn() {
    assertThat(browser.get("/dashboard").status()).isEqualTo(303);
  }

  private int accounts() {
    return server
        .backend()
        .database()
        .inTransaction(
            c -> {
              try (var query = c.prepareStatement("SELECT COUNT(*) FROM staff_user");
                  var row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
              }
            });
  }
}
