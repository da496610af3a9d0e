package nl.zuil.kiosk.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong gids PINs per client address: after {@link #MAX_FAILURES} in a row that address waits
 * {@link #LOCKOUT} before any PIN is even checked. A 4-digit PIN then takes an attacker on one
 * address more than two weeks on average; the slow hash of each try adds to it.
 */
final class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration LOCKOUT = Duration.ofMinutes(5);

  /** Bound on memory: past it, addresses that are not locked out now start afresh. */
  static final int MAX_ADDRESSES = 10_000;

  private final Clock clock;
  private final Map<String, Record> byAddress = new ConcurrentHashMap<>();

  private record Record(int failures, Instant lockedUntil) {}

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long this address must still wait, or empty when it may try a PIN now. */
  Optional<Duration> waiting(String address) {
    Record record = byAddress.get(address);
    Instant now = clock.instant();
    if (record == null || !now.isBefore(record.lockedUntil())) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, record.lockedUntil()));
  }

  /** A wrong PIN; returns the wait when this one starts a lock-out. */
  Optional<Duration> failed(String address) {
    Instant now = clock.instant();
    if (byAddress.size() >= MAX_ADDRESSES) {
      byAddress.values().removeIf(r -> !now.isBefore(r.lockedUntil()));
    }
    Record record =
        byAddress.merge(
            address,
            new Record(1, Instant.MIN),
            (old, one) ->
                now.isBefore(old.lockedUntil())
                    ? old
                    : new Record(
                        old.failures() >= MAX_FAILURES ? 1 : old.failures() + 1, Instant.MIN));
    if (record.failures() >= MAX_FAILURES) {
      Record locked = new Record(record.failures(), now.plus(LOCKOUT));
      byAddress.put(address, locked);
      return Optional.of(LOCKOUT);
    }
    return Optional.empty();
  }

  void succeeded(String address) {
    byAddress.remove(address);
  }
}
