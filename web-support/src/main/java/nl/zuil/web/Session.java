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
  private final String csrf = Tokens.random();
  private final Instant started;
  private final Set<String> actions = new LinkedHashSet<>();
  private Instant lastActive;

  Session(String key, U user, Instant now) {
    this.key = key;
    this.user = user;
    this.started = now;
    this.lastActive = now;
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
   * Remembers a request's one-time action id; false when it was used before, so a replayed or
   * double-sent request changes nothing.
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

  String key() {
    return key;
  }

  synchronized void touch(Instant now) {
    lastActive = now;
  }

  synchronized Instant lastActive() {
    return lastActive;
  }

  synchronized boolean expired(Instant now, SessionPolicy policy) {
    return !now.isBefore(lastActive.plus(policy.idle()))
        || !now.isBefore(started.plus(policy.maximum()));
  }
}
