package nl.zuil.backend.web;

import static nl.zuil.backend.TwoRegions.ANNA;
import static nl.zuil.backend.TwoRegions.IVO;
import static nl.zuil.backend.TwoRegions.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.backend.signin.SignInSettings;
import nl.zuil.testsupport.BoundHttps;
import nl.zuil.testsupport.TestCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff login attacked as issue 15 did: wrong passwords for one account, from one shared address,
 * and a spray from many 127.0.0.x addresses. Nobody can lock a member of staff out of their usual
 * browser, and the addresses do not add up to more guesses (decision 0209). Subclasses run it on
 * SQLite and PostgreSQL.
 */
abstract class StaffLoginContract {

  private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"login\" value=\"([^\"]+)\"");

  @TempDir static Path certificates;
  private static TestCertificate certificate;

  @TempDir Path dir;
  private StaffServer server;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  static void makeCertificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @BeforeEach
  void start() {
    server = StaffServer.start(kind(), dir, certificate, "2026-11-25T10:00", TwoRegions::seed);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** A browser in which {@code user} logged in and out again: the server knows it now. */
  private StaffClient usualBrowserOf(String user) {
    StaffClient client = new StaffClient(server, certificate);
    assertThat(client.logIn(user, PASSWORD).status()).isEqualTo(303);
    assertThat(client.post("/logout", Map.of("csrf", client.csrf("/fleet"))).status())
        .isEqualTo(303);
    return client;
  }

  @Test
  void wrongPasswordsMakeUnknownBrowsersWaitLongerEachTimeButTheUsualBrowserGetsIn() {
    StaffClient usual = usualBrowserOf(ANNA);
    for (int i = 0; i < 6; i++) {
      StaffClient.Answer wrong = new StaffClient(server, certificate).logIn(ANNA, "wrong " + i);
      assertThat(wrong.status()).as("wrong password %d", i + 1).isEqualTo(401);
      assertThat(wrong.text()).contains("Inloggen is niet gelukt");
    }
    StaffClient.Answer waits = new StaffClient(server, certificate).logIn(ANNA, PASSWORD);
    assertThat(waits.status()).isEqualTo(429);
    assertThat(waits.text()).contains("Te veel pogingen");

    assertThat(usual.logIn(ANNA, PASSWORD).status()).as("her usual browser").isEqualTo(303);

    server.clock().advance(Duration.ofSeconds(30));
    assertThat(new StaffClient(server, certificate).logIn(ANNA, "wrong again").status())
        .isEqualTo(401);
    server.clock().advance(Duration.ofSeconds(59));
    assertThat(new StaffClient(server, certificate).logIn(ANNA, PASSWORD).status())
        .as("the wait doubled to a minute")
        .isEqualTo(429);
    server.clock().advance(Duration.ofSeconds(1));
    assertThat(new StaffClient(server, certificate).logIn(ANNA, PASSWORD).status()).isEqualTo(303);
  }

  @Test
  void manyWrongPasswordsFromOneSharedAddressDoNotKeepItsUsualBrowsersOut() {
    StaffClient ivo = usualBrowserOf(IVO);
    for (int i = 0; i < 21; i++) {
      new StaffClient(server, certificate).logIn("name" + i, "wrong");
    }
    StaffClient.Answer refused = new StaffClient(server, certificate).logIn(ANNA, PASSWORD);

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.text()).contains("Te veel pogingen");
    assertThat(ivo.logIn(IVO, PASSWORD).status()).isEqualTo(303);
  }

  @Test
  void aSprayFromSixtyAddressesMeetsTheCeilingAndStaffStillGetIn() {
    StaffClient anna = usualBrowserOf(ANNA);
    BoundHttps spray = new BoundHttps(StaffClient.trusting(certificate), server.port());
    int refused = 0;
    for (int i = 0; i < 60; i++) {
      String from = "127.0.0." + (10 + i);
      String name = i % 3 == 0 ? ANNA : "name" + i;
      if (attempt(spray, from, name, "guess " + i).status() == 429) {
        refused++;
      }
    }

    assertThat(refused).as("429s out of 60").isGreaterThanOrEqualTo(60 - 31);
    assertThat(attempt(spray, "127.0.0.200", IVO, PASSWORD).status())
        .as("the right password from an unknown browser waits too")
        .isEqualTo(429);
    assertThat(anna.logIn(ANNA, PASSWORD).status()).as("Anna's usual browser").isEqualTo(303);
  }

  @Test
  void anAddressFromXForwardedForIsBelievedOnlyFromATrustedProxyAndOnlyItsLastEntry() {
    server.close();
    WebSettings behindProxy =
        new WebSettings(
            5,
            WebSettings.DEFAULT_SILENT_AFTER,
            WebSettings.DEFAULT_SESSION_IDLE,
            true,
            java.util.List.of("127.0.0.1"),
            SignInSettings.passwordOnly());
    server =
        StaffServer.start(
            kind(),
            dir.resolve("proxied"),
            certificate,
            "2026-11-25T10:00",
            TwoRegions::seed,
            behindProxy);
    BoundHttps http = new BoundHttps(StaffClient.trusting(certificate), server.port());
    for (int i = 0; i < 21; i++) {
      attempt(http, "127.0.0.5", "name" + i, "wrong", "10.9.9." + i);
    }

    assertThat(attempt(http, "127.0.0.5", IVO, PASSWORD, "10.9.9.99").status())
        .as("a header from a peer that is no proxy proves nothing")
        .isEqualTo(429);
    assertThat(attempt(http, "127.0.0.1", IVO, PASSWORD, "10.8.8.8, 127.0.0.5").status())
        .as("the proxy's last entry names the throttled address")
        .isEqualTo(429);
    assertThat(attempt(http, "127.0.0.1", IVO, PASSWORD, "127.0.0.5, 10.8.8.8").status())
        .as("another client behind the proxy")
        .isEqualTo(303);
  }

  private static BoundHttps.Answer attempt(
      BoundHttps spray, String from, String username, String password) {
    return attempt(spray, from, username, password, null);
  }

  private static BoundHttps.Answer attempt(
      BoundHttps spray, String from, String username, String password, String forwardedFor) {
    BoundHttps.Answer form = spray.get(from, "/login", null);
    Matcher token = LOGIN_TOKEN.matcher(form.body());
    assertThat(token.find()).isTrue();
    String cookie = "__Host-zuil-login=" + form.cookie("__Host-zuil-login").orElseThrow();
    return spray.postForm(
        from,
        "/login",
        cookie,
        "login=" + token.group(1) + "&username=" + username + "&password=" + Html.url(password),
        forwardedFor == null ? Map.of() : Map.of("X-Forwarded-For", forwardedFor));
  }
}
