package nl.zuil.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts login attempts per key (a client address, an account, a desk, all attempts together) and
 * says how long a key must wait (see {@link ThrottlePolicy}). Ask {@link #waiting} before checking
 * a password at all, so a right password tried during a wait reveals nothing; then count a wrong
 * one with {@link #failed}, and {@link #forgive} the key after a right one where that is wanted.
 */
public final class LoginThrottle {

  private final ThrottlePolicy policy;
  private final Clock clock;
  private final ThrottleStore store;
  private final String prefix;

  /**
   * @param prefix set before every key, so throttles with different policies can share one store
   */
  public LoginThrottle(ThrottlePolicy policy, Clock clock, ThrottleStore store, String prefix) {
    this.policy = policy;
    this.clock = clock;
    this.store = store;
    this.prefix = prefix;
  }

  /** A throttle of its own in this process's memory. */
  public LoginThrottle(ThrottlePolicy policy, Clock clock) {
    this(policy, clock, new MemoryThrottleStore(clock), "");
  }

  public ThrottlePolicy policy() {
    return policy;
  }

  /** How long this key must still wait, or empty when it may try now. */
  public Optional<Duration> waiting(String key) {
    Instant now = clock.instant();
    return store.find(prefix + key).flatMap(state -> remaining(state, now));
  }

  /** Counts an attempt; returns the wait it starts, if any. */
  public Optional<Duration> failed(String key) {
    Instant now = clock.instant();
    ThrottleState state =
        store.update(
            prefix + key,
            old -> {
              int count = now.isBefore(old.forgetAt()) ? old.count() + 1 : 1;
              return new ThrottleState(
                  count, now.plus(policy.waitAfter(count)), now.plus(policy.forgetAfter()));
            });
    return remaining(state, now);
  }

  /** Forgets the key's attempts (a right password where that should lift its waits). */
  public void forgive(String key) {
    store.remove(prefix + key);
  }

  private static Optional<Duration> remaining(ThrottleState state, Instant now) {
    return now.isBefore(state.waitUntil())
        ? Optional.of(Duration.between(now, state.waitUntil()))
        : Optional.empty();
  }
}
