package nl.zuil.sync.loop;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Waits between failed attempts: doubling from one second up to a cap, each wait drawn between half
 * and all of its step ("equal jitter"), so a thousand kiosks coming back after a regional outage do
 * not all knock at once, yet each wait still grows. A {@code Retry-After} from the backend is a
 * lower bound.
 */
public final class Backoff {

  private static final Duration FIRST = Duration.ofSeconds(1);
  // A backend asking for more than a day is misconfigured; the kiosk still tries daily.
  private static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);

  private final Duration cap;
  private final RandomGenerator random;
  private int failures;

  public Backoff(Duration cap, RandomGenerator random) {
    this.cap = cap;
    this.random = random;
  }

  /** The wait after one more failure. */
  public Duration next(Optional<Duration> retryAfter) {
    Duration step = FIRST.multipliedBy(1L << Math.min(failures, 30));
    if (step.compareTo(cap) > 0) {
      step = cap;
    }
    failures++;
    long halfMillis = step.toMillis() / 2;
    Duration wait =
        Duration.ofMillis(halfMillis + random.nextLong(step.toMillis() - halfMillis + 1));
    if (retryAfter.isPresent()) {
      Duration asked =
          retryAfter.get().compareTo(LONGEST_RETRY_AFTER) > 0
              ? LONGEST_RETRY_AFTER
              : retryAfter.get();
      if (asked.compareTo(wait) > 0) {
        wait = asked;
      }
    }
    return wait;
  }

  public void reset() {
    failures = 0;
  }

  public int failures() {
    return failures;
  }
}
