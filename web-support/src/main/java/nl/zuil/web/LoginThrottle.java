package nl.zuil.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login attempts per key (a client address, an account name), kept in memory: a restart forgets
 * them. Ask {@link #waiting} before checking a password at all, so a right password tried during a
 * wait reveals nothing; then report the outcome with {@link #failed} or {@link #succeeded}.
 */
public final class LoginThrottle {

  /** Bound on memory: past it, keys that are not waiting now start afresh. */
  static final int MAX_KEYS = 10_000;

  private final ThrottlePolicy policy;
  private final Clock clock;
  private final Map<String, Attempts> byKey = new ConcurrentHashMap<>();

  /** One key's counted attempts, oldest first, and the end of its lock-out. */
  private static final class Attempts {
    private final Deque<Instant> times = new ArrayDeque<>();
    private Instant lockedUntil = Instant.MIN;
  }

  public LoginThrottle(ThrottlePolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /** How long this key must still wait, or empty when it may try now. */
  public Optional<Duration> waiting(String key) {
    Attempts attempts = byKey.get(key);
    if (attempts == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    synchronized (attempts) {
      return wait(attempts, now);
    }
  }

  /** A wrong password; returns the wait when this one starts it. */
  public Optional<Duration> failed(String key) {
    return count(key);
  }

  /** A right password: forgets the key's attempts, or counts this one too (see the policy). */
  public void succeeded(String key) {
    if (policy.successForgives()) {
      byKey.remove(key);
    } else {
      count(key);
    }
  }

  private Optional<Duration> count(String key) {
    Instant now = clock.instant();
    if (byKey.size() >= MAX_KEYS) {
      byKey.values().removeIf(a -> idle(a, now));
    }
    Attempts attempts = byKey.computeIfAbsent(key, k -> new Attempts());
    synchronized (attempts) {
      forgetOld(attempts, now);
      attempts.times.addLast(now);
      if (attempts.times.size() >= policy.attempts() && !policy.lockout().isZero()) {
        attempts.times.clear();
        attempts.lockedUntil = now.plus(policy.lockout());
      }
      return attempts.times.size() >= policy.attempts() || now.isBefore(attempts.lockedUntil)
          ? wait(attempts, now)
          : Optional.empty();
    }
  }

  private Optional<Duration> wait(Attempts attempts, Instant now) {
    if (now.isBefore(attempts.lockedUntil)) {
      return Optional.of(Duration.between(now, attempts.lockedUntil));
    }
    forgetOld(attempts, now);
    if (attempts.times.size() >= policy.attempts()) {
      return Optional.of(Duration.between(now, attempts.times.peekFirst().plus(policy.window())));
    }
    return Optional.empty();
  }

  private void forgetOld(Attempts attempts, Instant now) {
    Instant oldest = now.minus(policy.window());
    while (!attempts.times.isEmpty() && !attempts.times.peekFirst().isAfter(oldest)) {
      attempts.times.pollFirst();
    }
  }

  private boolean idle(Attempts attempts, Instant now) {
    synchronized (attempts) {
      forgetOld(attempts, now);
      return attempts.times.isEmpty() && !now.isBefore(attempts.lockedUntil);
    }
  }
}
