package nl.zuil.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SessionStore} in this process's memory: a restart logs everyone out. */
public final class MemorySessionStore<U> implements SessionStore<U> {

  private final Map<String, Session<U>> byKey = new ConcurrentHashMap<>();

  @Override
  public void add(Session<U> session) {
    byKey.put(session.key(), session);
  }

  @Override
  public Optional<Session<U>> get(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  @Override
  public void remove(String key) {
    byKey.remove(key);
  }

  @Override
  public void touched(Session<U> session) {
    // The map holds the session itself: nothing to write back.
  }

  @Override
  public void removeExpired(Instant now, SessionPolicy policy) {
    byKey.values().removeIf(s -> s.expired(now, policy));
  }

  @Override
  public int size() {
    return byKey.size();
  }

  @Override
  public void removeOldestAnonymous(int count) {
    byKey.values().stream()
        .filter(s -> !s.loggedIn())
        .sorted(Comparator.comparing(Session::lastActive))
        .limit(count)
        .map(Session::key)
        .toList()
        .forEach(byKey::remove);
  }
}
