package nl.zuil.web;

import java.time.Duration;

/**
 * When {@link LoginThrottle} makes a key (an address, an account) wait.
 *
 * @param attempts how many counted attempts a key gets
 * @param window attempts older than this no longer count
 * @param lockout once a key used up its attempts it waits this long and then starts afresh; zero
 *     for a sliding window (the key waits until its oldest attempt leaves the window)
 * @param successForgives a right login forgets the key's attempts; otherwise it counts as one too
 */
public record ThrottlePolicy(
    int attempts, Duration window, Duration lockout, boolean successForgives) {

  /** Long enough to never end on a kiosk: failures count until a success or a lock-out. */
  private static final Duration UNTIL_SUCCESS = Duration.ofDays(365 * 100);

  public ThrottlePolicy {
    if (attempts < 1 || window.isNegative() || window.isZero() || lockout.isNegative()) {
      throw new IllegalArgumentException(
          "a throttle needs at least one attempt, a positive window and no negative lock-out");
    }
  }

  /** {@code failures} wrong tries in a row lock the key out for {@code lockout}. */
  public static ThrottlePolicy lockoutAfter(int failures, Duration lockout) {
    return new ThrottlePolicy(failures, UNTIL_SUCCESS, lockout, true);
  }

  /** At most {@code attempts} tries, right or wrong, in any {@code window}. */
  public static ThrottlePolicy attemptsPer(int attempts, Duration window) {
    return new ThrottlePolicy(attempts, window, Duration.ZERO, false);
  }
}
