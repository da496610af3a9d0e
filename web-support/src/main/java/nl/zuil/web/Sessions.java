package nl.zuil.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * Sessions, kept by the hash of their token in a {@link SessionStore}: in memory (a restart logs
 * everyone out, which for the kiosk's console is a feature) or in a database shared by several
 * processes. A browser may get a session before login (so the login form carries a CSRF token too);
 * logging in always starts a new one with a new id, so no id chosen before login survives it.
 *
 * @param <U> who logs in: a gids at a desk, a member of staff
 */
public final class Sessions<U> {

  /** A new session and the token for its cookie, which goes nowhere else. */
  public record Started<U>(String token, Session<U> session) {}

  private final Clock clock;
  private final SessionPolicy policy;
  private final SessionStore<U> store;

  public Sessions(Clock clock, SessionPolicy policy, SessionStore<U> store) {
    this.clock = clock;
    this.policy = policy;
    this.store = store;
  }

  /** Sessions in this process's memory. */
  public Sessions(Clock clock, SessionPolicy policy) {
    this(clock, policy, new MemorySessionStore<>());
  }

  public SessionPolicy policy() {
    return policy;
  }

  /** A session for a browser that is not logged in yet (the login form). */
  public Started<U> anonymous() {
    return begin(null);
  }

  /** A logged-in session for {@code user}. */
  public Started<U> start(U user) {
    return begin(user);
  }

  /** The live session of a cookie value; an expired one is dropped and not found. */
  public Optional<Session<U>> find(String token) {
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    String key = key(token);
    Optional<Session<U>> session = store.get(key);
    if (session.isPresent() && session.get().expired(clock.instant(), policy)) {
      store.remove(key);
      return Optional.empty();
    }
    return session;
  }

  /** {@link #find} for a request that keeps the session alive. */
  public Optional<Session<U>> touch(String token) {
    Optional<Session<U>> session = find(token);
    session.ifPresent(this::touch);
    return session;
  }

  public void touch(Session<U> session) {
    session.touch(clock.instant());
    store.touched(session);
  }

  public void end(String token) {
    if (token != null && !token.isEmpty()) {
      store.remove(key(token));
    }
  }

  public void end(Session<U> session) {
    store.remove(session.key());
  }

  /** Whether a session handed out earlier is still live (not ended, not expired). */
  public boolean live(Session<U> session) {
    return !session.expired(clock.instant(), policy) && store.get(session.key()).isPresent();
  }

  /** Drops expired sessions. */
  public void sweep() {
    store.removeExpired(clock.instant(), policy);
  }

  private Started<U> begin(U user) {
    makeRoom();
    String token = Tokens.random();
    Session<U> session = new Session<>(key(token), user, clock.instant());
    store.add(session);
    return new Started<>(token, session);
  }

  private void makeRoom() {
    if (store.size() < policy.capacity()) {
      return;
    }
    sweep();
    int over = store.size() - policy.capacity() + 1;
    if (over > 0) {
      store.removeOldestAnonymous(over);
    }
  }

  // Kept by hash, so a heap dump does not hand out live cookies.
  private static String key(String token) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
