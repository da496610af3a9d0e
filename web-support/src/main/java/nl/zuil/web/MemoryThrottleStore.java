package nl.zuil.web;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** {@link ThrottleStore} in this process's memory: a restart forgets every count. */
public final class MemoryThrottleStore implements ThrottleStore {

  /** Bound on memory: past it, keys that are forgotten by now are dropped first. */
  static final int MAX_KEYS = 10_000;

  private final Clock clock;
  private final Map<String, ThrottleState> byKey = new ConcurrentHashMap<>();

  public MemoryThrottleStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<ThrottleState> find(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  @Override
  public ThrottleState update(String key, UnaryOperator<ThrottleState> change) {
    if (byKey.size() >= MAX_KEYS) {
      byKey.values().removeIf(s -> !s.forgetAt().isAfter(clock.instant()));
    }
    return byKey.compute(key, (k, old) -> change.apply(old == null ? ThrottleState.FRESH : old));
  }

  @Override
  public void remove(String key) {
    byKey.remove(key);
  }
}
