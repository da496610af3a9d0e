package nl.zuil.web;

import java.time.Instant;
import java.util.Optional;

/**
 * Where {@link Sessions} keeps sessions, by the hash of their token: in memory for one process (the
 * kiosk's console), in a database shared by every process that serves the same users (the regional
 * backend), so a login through one process is a login through all.
 *
 * @param <U> who logs in
 */
public interface SessionStore<U> {

  void add(Session<U> session);

  Optional<Session<U>> get(String key);

  void remove(String key);

  /** The session's last activity moved on. */
  void touched(Session<U> session);

  /** Drops every session that has expired by {@code now}. */
  void removeExpired(Instant now, SessionPolicy policy);

  /** How many sessions are kept now. */
  int size();

  /** Drops up to {@code count} sessions without a user, least recently active first. */
  void removeOldestAnonymous(int count);
}
