package nl.zuil.kiosk.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that only moves forward at the pace of {@link System#nanoTime()}, for measuring idle time
 * and tap intervals: when NTP sets the wall clock back an hour, the screen must not freeze for an
 * hour. Its instants are not for recording.
 */
public final class MonotonicClock extends Clock {

  private final Instant start = Instant.now();
  private final long startNanos = System.nanoTime();

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a monotonic clock measures intervals, not local time");
  }

  @Override
  public Instant instant() {
    return start.plusNanos(System.nanoTime() - startNanos);
  }
}
