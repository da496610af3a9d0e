package nl.zuil.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that moves forward a fixed step each time it is read, to spread visits over days. */
public final class SteppingClock extends Clock {

  private final ZoneId zone = ZoneId.of("Europe/Amsterdam");
  private final Duration step;
  private Instant now;

  public SteppingClock(Instant start, Duration step) {
    this.now = start;
    this.step = step;
  }

  @Override
  public synchronized Instant instant() {
    Instant current = now;
    now = now.plus(step);
    return current;
  }

  public synchronized void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId otherZone) {
    throw new UnsupportedOperationException("benchmarks run in Europe/Amsterdam");
  }
}
