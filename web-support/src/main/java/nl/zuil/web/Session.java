package nl.zuil.web;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One browser's session, as {@link Sessions} hands it out. The cookie value is not kept in it (the
 * store keeps a hash), so neither a log line nor a heap dump holds a live cookie. Thread-safe:
 * requests of one browser may overlap.
 *
 * @param <U> who is logged in
 */
public final class Session<U> {

  /** Enough for every action in a busy day; older ids cannot come back in a real replay. */
  static final int REMEMBERED_ACTIONS = 1_000;

  private final String key;
  private final U user;
  private final String csrf;
  private final Instant started;
  private final Set<String> actions = new LinkedHashSet<>();
  private Instant lastActive;

  Session(String key, U user, Instant now) {
    this(key, user, Tokens.random(), now, now);
  }

  private Session(String key, U user, String csrf, Instant started, Instant lastActive) {
    this.key = key;
    this.user = user;
    this.csrf = csrf;
    this.started = started;
    this.lastActive = lastActive;
  }

  /** A session as a {@link SessionStore} kept it; its remembered action ids are not kept. */
  public static <U> Session<U> restore(
      String key, U user, String csrf, Instant started, Instant lastActive) {
    return new Session<>(key, user, csrf, started, lastActive);
  }

  /** Who logged in; empty for a browser that only has the login form. */
  public Optional<U> user() {
    return Optional.ofNullable(user);
  }

  public boolean loggedIn() {
    return user != null;
  }

  /** The synchronizer token the page carries and every state-changing request must send back. */
  public String csrf() {
    return csrf;
  }

  public boolean csrfMatches(String token) {
    return Tokens.same(csrf, token);
  }

  /**
   * Remembers a request's one-time action id (in this process's memory: only the kiosk's console,
   * one process, uses them); false when it was used before, so a replayed or double-sent request
   * changes nothing.
   */
  public synchronized boolean firstUse(String actionId) {
    if (!actions.add(actionId)) {
      return false;
    }
    if (actions.size() > REMEMBERED_ACTIONS) {
      actions.remove(actions.iterator().next());
    }
    return true;
  }

  /** The hash of the session's token, by which a store keeps it. */
  public String key() {
    return key;
  }

  public Instant started() {
    return started;
  }

  public synchronized Instant lastActive() {
    return lastActive;
  }

  synchronized void touch(Instant now) {
    lastActive = now;
  }

  public synchronized boolean expired(Instant now, SessionPolicy policy) {
    return !now.isBefore(lastActive.plus(policy.idle()))
        || !now.isBefore(started.plus(policy.maximum()));
  }
}
