package nl.zuil.kiosk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The PIN budgets over days of simulated spraying: what decision 0209's expected time to guess
 * rests on. The spray tries every ten seconds, from a new address each time, at both desks.
 */
class PinGateTest {

  private final TestClock clock = TestClock.at("2026-12-07T08:00");
  private final PinGate gate = new PinGate(clock);

  @Test
  void aSprayThatNeverStopsGetsSixTriesAnHourWhateverItsAddresses() {
    AtomicInteger checked = new AtomicInteger();
    int firstDay = spray(Duration.ofDays(1), checked);
    int nextWeek = spray(Duration.ofDays(7), checked);

    assertThat(firstDay).isLessThanOrEqualTo(10 + 4 + 24 * 6);
    assertThat(nextWeek).isEqualTo(7 * 24 * 6);
  }

  @Test
  void aKnownBrowserHasItsOwnBudgetAndAnUnknownOneWaitsDuringTheSpray() {
    PinGate.Verdict first = gate.attempt("10.0.0.2", "balie-1", null, () -> true);
    spray(Duration.ofHours(1), new AtomicInteger());

    assertThat(gate.attempt("10.0.0.3", "balie-2", null, () -> true).accepted()).isFalse();
    assertThat(gate.attempt("10.0.0.2", "balie-1", first.browserCookie(), () -> true).accepted())
        .isTrue();
  }

  @Test
  void aKnownBrowserThatGuessesIsThrottledLikeOneAddress() {
    String cookie = gate.attempt("10.0.0.2", "balie-1", null, () -> true).browserCookie();
    for (int i = 0; i < 4; i++) {
      assertThat(gate.attempt("10.0.0.2", "balie-1", cookie, () -> false).waitFor()).isEmpty();
    }

    assertThat(gate.attempt("10.0.0.2", "balie-1", cookie, () -> false).waitFor())
        .contains(Duration.ofMinutes(1));
    assertThat(gate.attempt("10.0.0.2", "balie-1", cookie, () -> true).accepted()).isFalse();
  }

  /** Wrong PINs every ten seconds for {@code length}; returns how many were checked. */
  private int spray(Duration length, AtomicInteger address) {
    int checked = 0;
    for (long s = 0; s < length.toSeconds(); s += 10) {
      int n = address.incrementAndGet();
      String from = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
      boolean[] wasChecked = {false};
      gate.attempt(
          from,
          n % 2 == 0 ? "balie-1" : "balie-2",
          null,
          () -> {
            wasChecked[0] = true;
            return false;
          });
      if (wasChecked[0]) {
        checked++;
      }
      clock.advance(Duration.ofSeconds(10));
    }
    return checked;
  }
}
