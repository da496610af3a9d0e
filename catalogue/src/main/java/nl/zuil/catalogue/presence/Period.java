package nl.zuil.catalogue.presence;

import java.time.Duration;
import java.time.ZonedDateTime;

/** A stretch of time when someone is there, in Dutch local time; the end is exclusive. */
public record Period(ZonedDateTime start, ZonedDateTime end) {

  public boolean contains(ZonedDateTime moment) {
    return !moment.isBefore(start) && moment.isBefore(end);
  }

  /**
   * Real minutes from {@code now} to the end, rounded down: across a DST change this differs from
   * what the wall clock suggests, and the visitor's wait is in real minutes.
   */
  public long minutesLeft(ZonedDateTime now) {
    return Math.max(0, Duration.between(now, end).toMinutes());
  }
}
