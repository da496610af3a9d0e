package nl.zuil.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test sets and moves, forwards or back, as a kiosk's real clock might. A copy in another
 * zone ({@link #withZone}) moves with it.
 */
public final class TestClock extends Clock {

  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock in Amsterdam showing {@code localTime}, e.g. {@code "2026-11-23T09:30"}. */
  public static TestClock at(String localTime) {
    return new TestClock(
        new AtomicReference<>(LocalDateTime.parse(localTime).atZone(AMSTERDAM).toInstant()),
        AMSTERDAM);
  }

  public TestClock advance(Duration step) {
    now.updateAndGet(t -> t.plus(step));
    return this;
  }

  public TestClock advanceMinutes(long minutes) {
    return advance(Duration.ofMinutes(minutes));
  }

  public TestClock set(String localTime) {
    now.set(LocalDateTime.parse(localTime).atZone(zone).toInstant());
    return this;
  }

  public TestClock set(Instant instant) {
    now.set(instant);
    return this;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public TestClock withZone(ZoneId otherZone) {
    return new TestClock(now, otherZone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
