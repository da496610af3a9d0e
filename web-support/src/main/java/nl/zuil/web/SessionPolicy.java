package nl.zuil.web;

import java.time.Duration;

/**
 * How long sessions last and how many are kept.
 *
 * @param idle a session ends once this long has passed without a request that keeps it alive
 * @param maximum whatever the activity, a session ends this long after it began
 * @param capacity past this many, expired sessions are dropped, then sessions without a user
 *     (oldest first): a flood of login-page loads never logs anyone out
 */
public record SessionPolicy(Duration idle, Duration maximum, int capacity) {

  public SessionPolicy {
    if (idle.isNegative() || idle.isZero() || maximum.compareTo(idle) < 0 || capacity < 1) {
      throw new IllegalArgumentException(
          "a session policy needs a positive idle time, a maximum no shorter and room for one");
    }
  }
}
