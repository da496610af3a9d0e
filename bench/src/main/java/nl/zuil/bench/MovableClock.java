package nl.zuil.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock in Amsterdam that a benchmark sets and moves. A copy in another zone moves with it, as
 * the kiosk's roster asks for its own Amsterdam view of the clock.
 */
public final class MovableClock extends Clock {

  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /** A clock in Amsterdam showing {@code localTime}, e.g. {@code "2026-11-23T09:00"}. */
  public MovableClock(String localTime) {
    this(
        new AtomicReference<>(LocalDateTime.parse(localTime).atZone(AMSTERDAM).toInstant()),
        AMSTERDAM);
  }

  private MovableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  public void advance(Duration step) {
    now.updateAndGet(t -> t.plus(step));
  }

  public void set(Instant instant) {
    now.set(instant);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new MovableClock(now, other);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
