package nl.zuil.kiosk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.Test;

/** A PIN spray fills the log with a line a minute, and the first refusal still shows at once. */
class RefusalLogTest {

  private final TestClock clock = TestClock.at("2026-12-07T10:00");
  private final List<String> lines = new ArrayList<>();
  private final RefusalLog log = new RefusalLog(clock, lines::add);

  /** Forty a second, as a script sends them, from sixteen addresses; after ten tries all wait. */
  private void spray(int attempts) {
    for (int i = 0; i < attempts; i++) {
      log.refused("127.0.0." + (10 + i % 16), i >= 10);
      clock.advance(Duration.ofMillis(25));
    }
  }

  @Test
  void sixtyRefusalsAreTheFirstOneAtOnceAndOneSummaryAMinuteLater() {
    spray(60);

    assertThat(lines).containsExactly("wrong gids PIN from 127.0.0.10");

    // The spray took 1.5 s; the minute since the first refusal is over at 60 s.
    clock.advance(Duration.ofSeconds(58));
    log.flush();
    assertThat(lines).as("not before the minute is over").hasSize(1);

    clock.advance(Duration.ofSeconds(1));
    log.flush();
    assertThat(lines)
        .containsExactly(
            "wrong gids PIN from 127.0.0.10",
            "59 more gids PINs refused in the last 60 s from 16 addresses, 50 of them waiting");
  }

  @Test
  void anHourOfSprayingIsALineAMinute() {
    for (int minute = 0; minute < 60; minute++) {
      spray(2400);
      log.flush();
    }

    assertThat(lines).hasSizeBetween(60, 61);
    assertThat(lines.get(0)).isEqualTo("wrong gids PIN from 127.0.0.10");
  }

  @Test
  void aRefusalAfterAQuietMinuteIsLoggedAtOnceAgain() {
    log.refused("127.0.0.20", false);
    clock.advance(Duration.ofMinutes(2));
    log.flush();

    log.refused("127.0.0.21", true);

    assertThat(lines)
        .containsExactly(
            "wrong gids PIN from 127.0.0.20", "wrong gids PIN from 127.0.0.21; it waits");
  }
}
