package nl.zuil.backend.access;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits login attempts per client address, whatever names they try: the account lockout stops
 * guessing one password, this stops trying one password on many names. Kept in memory; a restart
 * forgets it, the account lockouts in the database remain.
 */
public final class LoginThrottle {

  private static final int FORGET_AFTER_ADDRESSES = 10_000;

  private final int attempts;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

  public LoginThrottle(int attempts, Duration window, Clock clock) {
    this.attempts = attempts;
    this.window = window;
    this.clock = clock;
  }

  /** Records an attempt from {@code address}; false when it is one too many. */
  public boolean allow(String address) {
    long now = clock.millis();
    if (recent.size() > FORGET_AFTER_ADDRESSES) {
      recent.values().removeIf(t -> t.isEmpty() || t.peekLast() <= now - window.toMillis());
    }
    Deque<Long> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst() <= now - window.toMillis()) {
        times.pollFirst();
      }
      if (times.size() >= attempts) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }
}
