package nl.zuil.kiosk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zuil.kiosk.testing.StandardErrorLines;
import nl.zuil.kiosk.testing.TestConfigs;
import nl.zuil.kiosk.testing.WebClient;
import nl.zuil.kiosk.testing.WebConsoleFixture;
import nl.zuil.testsupport.BoundHttps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gids PIN attacked as issue 15 did: wrong PINs from many source addresses (127.0.0.x) at the
 * console on 127.0.0.1. The addresses do not add up to more tries, and a gids whose browser logged
 * in before still gets in while the spray runs (decision 0209).
 */
class PinSprayTest {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final String CHECKED_AND_WRONG =
      "De pincode is niet geaccepteerd. Probeer het opnieuw.";
  private static final String WAIT = "Probeer het over ";

  @TempDir static Path keys;
  static ConsoleCertificate certificate;

  @TempDir Path dir;
  WebConsoleFixture web;
  BoundHttps spray;

  @BeforeAll
  static void certificate() throws Exception {
    certificate = WebConsoleFixture.certificate(keys);
  }

  @BeforeEach
  void start() throws Exception {
    web = WebConsoleFixture.start(dir, certificate);
    spray = new BoundHttps(WebClient.trusting(certificate), web.server.port());
  }

  @AfterEach
  void stop() {
    web.close();
  }

  /** One login from {@code address} with a fresh login page, as a script would send it. */
  private BoundHttps.Answer attempt(String address, String desk, String pin) {
    BoundHttps.Answer page = spray.get(address, "/login", null);
    String session = "zuil-console=" + page.cookie("zuil-console").orElseThrow();
    Matcher csrf = CSRF.matcher(page.body());
    assertThat(csrf.find()).isTrue();
    return spray.postForm(
        address, "/login", session, "csrf=" + csrf.group(1) + "&desk=" + desk + "&pin=" + pin);
  }

  private static String address(int i) {
    return "127.0.0." + (10 + i % 16);
  }

  @Test
  void sixtyWrongPinsFromSixteenAddressesGetTenTriesAndTheRightPinWaitsToo() {
    int checked = 0;
    int waited = 0;
    List<String> logged;
    List<String> refusals;
    try (StandardErrorLines log = StandardErrorLines.capture()) {
      for (int i = 0; i < 60; i++) {
        BoundHttps.Answer answer =
            attempt(
                address(i), i % 2 == 0 ? "balie-1" : "balie-2", String.format("%04d", 9000 + i));
        assertThat(answer.status()).isEqualTo(401);
        if (answer.body().contains(CHECKED_AND_WRONG)) {
          checked++;
        } else {
          assertThat(answer.body()).contains(WAIT);
          waited++;
        }
      }
      logged = log.containing("gids PIN");
      refusals = log.containing("AuthRoutes");
    }
    BoundHttps.Answer right = attempt("127.0.0.99", "balie-1", TestConfigs.GIDS_PIN);

    assertThat(refusals)
        .as("the first refusal, the rest counted for a line a minute")
        .singleElement()
        .asString()
        .contains("wrong gids PIN from 127.0.0.10");
    assertThat(logged)
        .as("with the gate's one line when it starts to make unknown browsers wait")
        .hasSizeLessThanOrEqualTo(2);

    assertThat(checked).as("tries that were checked at all").isEqualTo(10);
    assertThat(waited).isEqualTo(50);
    assertThat(right.status()).as("the right PIN from an unknown browser").isEqualTo(401);
    assertThat(right.body()).contains(WAIT);
  }

  @Test
  void aGidsWhoseBrowserLoggedInBeforeGetsInWhileTheSprayRuns() throws Exception {
    WebClient gids = new WebClient(web.base, web.certificate).loggedIn(TestConfigs.GIDS_PIN);
    gids.postForm("/logout", "csrf=" + gids.csrf());
    web.kiosk.clock.advance(Duration.ofHours(1));

    for (int i = 0; i < 60; i++) {
      attempt(address(i), "balie-1", String.format("%04d", 9000 + i));
    }
    assertThat(attempt("127.0.0.40", "balie-1", TestConfigs.GIDS_PIN).body()).contains(WAIT);

    assertThat(gids.login(TestConfigs.GIDS_PIN).statusCode()).isEqualTo(303);
    assertThat(gids.get("/console").statusCode()).isEqualTo(200);
  }

  @Test
  void oneDeskTakesFiveWrongPinsWhateverTheAddressesThenWaits() {
    for (int i = 0; i < 5; i++) {
      assertThat(attempt(address(i), "balie-1", "1111").body()).contains(CHECKED_AND_WRONG);
    }
    assertThat(attempt(address(5), "balie-1", "1111").body()).as("sixth").contains(WAIT);

    assertThat(attempt(address(6), "balie-1", TestConfigs.GIDS_PIN).status()).isEqualTo(401);
    assertThat(attempt(address(7), "balie-2", TestConfigs.GIDS_PIN).status())
        .as("the other desk")
        .isEqualTo(303);
  }
}
