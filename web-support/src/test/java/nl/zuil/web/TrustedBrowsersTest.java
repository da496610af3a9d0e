package nl.zuil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.Test;

class TrustedBrowsersTest {

  private final TestClock clock = TestClock.at("2026-11-23T09:00");
  private final TrustedBrowsers browsers =
      new TrustedBrowsers(TrustedBrowsers.newKey(), clock, Duration.ofDays(30));

  @Test
  void aBrowserIsRecognisedForWhomItLoggedInAsUntilItsCookieRunsOut() {
    String cookie = browsers.issue("anna");

    assertThat(browsers.recognise(cookie, "anna")).isPresent();
    assertThat(browsers.recognise(cookie, "bert")).as("another person").isEmpty();
    assertThat(browsers.recognise(browsers.issue("anna"), "anna"))
        .as("each login names a new browser")
        .isNotEqualTo(browsers.recognise(cookie, "anna"));
    clock.advance(Duration.ofDays(30));
    assertThat(browsers.recognise(cookie, "anna")).isEmpty();
  }

  @Test
  void aCookieNotSignedWithThisServersKeyOrChangedIsNotRecognised() {
    String cookie = browsers.issue("anna");
    TrustedBrowsers other =
        new TrustedBrowsers(TrustedBrowsers.newKey(), clock, Duration.ofDays(30));
    // A character inside the signature: the last one of unpadded base64 carries bits the decoder
    // ignores, so changing it between 'A' and 'B' can leave the signature as it was.
    int inside = cookie.lastIndexOf('.') + 2;
    char was = cookie.charAt(inside);
    String changed =
        cookie.substring(0, inside) + (was == 'A' ? 'B' : 'A') + cookie.substring(inside + 1);

    assertThat(other.recognise(cookie, "anna")).isEmpty();
    assertThat(browsers.recognise(changed, "anna")).isEmpty();
    assertThat(browsers.recognise("no-dot", "anna")).isEmpty();
    assertThat(browsers.recognise("!!!.???", "anna")).isEmpty();
    assertThat(browsers.recognise(null, "anna")).isEmpty();
  }
}
