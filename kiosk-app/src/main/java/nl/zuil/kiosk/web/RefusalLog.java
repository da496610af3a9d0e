package nl.zuil.kiosk.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Refused gids PINs in the log without flooding it: a spray sends some forty a second. The first
 * refusal after a quiet spell is logged at once, as before; the ones after it are counted and
 * logged as one line per {@link #INTERVAL}, when the next one comes or at the console's heartbeat.
 */
final class RefusalLog {

  static final Duration INTERVAL = Duration.ofMinutes(1);

  /** Addresses counted one by one up to here; a spray from more is "more than" this. */
  private static final int MAX_ADDRESSES = 1000;

  private final Clock clock;
  private final Consumer<String> log;
  private final Set<String> addresses = new HashSet<>();
  private Instant summaryAt;
  private int refused;
  private int waiting;

  /**
   * @param log where a line goes (the warning log)
   */
  RefusalLog(Clock clock, Consumer<String> log) {
    this.clock = clock;
    this.log = log;
  }

  /** A wrong PIN from {@code address}, or any PIN while it {@code waits}. */
  synchronized void refused(String address, boolean waits) {
    Instant now = clock.instant();
    summarise(now);
    if (summaryAt == null) {
      log.accept("wrong gids PIN from " + address + (waits ? "; it waits" : ""));
      summaryAt = now.plus(INTERVAL);
      return;
    }
    refused++;
    if (waits) {
      waiting++;
    }
    if (addresses.size() < MAX_ADDRESSES) {
      addresses.add(address);
    }
  }

  /** Logs the refusals counted when their interval is over; the heartbeat calls it. */
  synchronized void flush() {
    summarise(clock.instant());
  }

  private void summarise(Instant now) {
    if (summaryAt == null || now.isBefore(summaryAt)) {
      return;
    }
    if (refused == 0) {
      // A quiet interval: the next refusal is news again and is logged at once.
      summaryAt = null;
      return;
    }
    log.accept(
        String.format(
            "%d more gids PINs refused in the last %d s from %s%d addresses, %d of them waiting",
            refused,
            Duration.between(summaryAt.minus(INTERVAL), now).toSeconds(),
            addresses.size() >= MAX_ADDRESSES ? "more than " : "",
            addresses.size(),
            waiting));
    refused = 0;
    waiting = 0;
    addresses.clear();
    summaryAt = now.plus(INTERVAL);
  }
}
