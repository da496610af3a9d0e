package nl.zuil.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class TestClockTest {

  @Test
  void aCopyInAnotherZoneMovesWithTheClock() {
    TestClock clock = TestClock.at("2026-11-23T09:30");
    Clock utc = clock.withZone(ZoneOffset.UTC);

    clock.advanceMinutes(45);
    assertThat(ZonedDateTime.now(utc).toLocalTime()).hasToString("09:15");
    clock.set("2026-11-24T08:00");
    assertThat(ZonedDateTime.now(utc).toString()).startsWith("2026-11-24T07:00Z");
  }
}
