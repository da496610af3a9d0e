package nl.zuil.web;

import java.time.Duration;

/**
 * When {@link LoginThrottle} makes a key (an address, an account, a desk, everyone) wait: a few
 * attempts are free, then every further one makes the key wait twice as long as the one before, up
 * to a longest wait. A key that keeps trying therefore gets one attempt per longest wait, however
 * many addresses it uses, and a key that stops is forgotten after a while.
 *
 * @param free counted attempts a key gets without waiting
 * @param firstWait the wait after the first counted attempt past the free ones
 * @param longestWait waits double up to this and stay there
 * @param forgetAfter a key's count starts afresh once this long passes without a counted attempt;
 *     longer than {@code longestWait}, so a patient attacker is never forgotten between tries
 */
public record ThrottlePolicy(
    int free, Duration firstWait, Duration longestWait, Duration forgetAfter) {

  public ThrottlePolicy {
    if (free < 0
        || firstWait.isNegative()
        || firstWait.isZero()
        || longestWait.compareTo(firstWait) < 0
        || forgetAfter.compareTo(longestWait) <= 0) {
      throw new IllegalArgumentException(
          "a throttle needs a positive first wait, a longest wait no shorter and a memory longer"
              + " than the longest wait");
    }
  }

  /** The wait after the {@code count}-th counted attempt in a row. */
  public Duration waitAfter(int count) {
    if (count <= free) {
      return Duration.ZERO;
    }
    int doublings = count - free - 1;
    if (doublings >= 30) {
      return longestWait;
    }
    Duration wait = firstWait.multipliedBy(1L << doublings);
    return wait.compareTo(longestWait) > 0 ? longestWait : wait;
  }
}
