package nl.zuil.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions kept in memory only: a restart logs everyone out, which for a console or a dashboard is
 * a feature. A browser may get a session before login (so the login form carries a CSRF token too);
 * logging in always starts a new one with a new id, so no id chosen before login survives it.
 *
 * @param <U> who logs in: a gids at a desk, a member of staff
 */
public final class Sessions<U> {

  /** A new session and the token for its cookie, which goes nowhere else. */
  public record Started<U>(String token, Session<U> session) {}

  private final Clock clock;
  private final SessionPolicy policy;
  private final Map<String, Session<U>> byKey = new ConcurrentHashMap<>();

  public Sessions(Clock clock, SessionPolicy policy) {
    this.clock = clock;
    this.policy = policy;
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
    Session<U> session = byKey.get(key);
    if (session == null) {
      return Optional.empty();
    }
    if (session.expired(clock.instant(), policy)) {
      byKey.remove(key);
      return Optional.empty();
    }
    return Optional.of(session);
  }

  /** {@link #find} for a request that keeps the session alive. */
  public Optional<Session<U>> touch(String token) {
    Optional<Session<U>> session = find(token);
    session.ifPresent(this::touch);
    return session;
  }

  public void touch(Session<U> session) {
    session.touch(clock.instant());
  }

  public void end(String token) {
    if (token != null && !token.isEmpty()) {
      byKey.remove(key(token));
    }
  }

  public void end(Session<U> session) {
    byKey.remove(session.key(), session);
  }

  /** Whether a session handed out earlier is still live (not ended, not expired). */
  public boolean live(Session<U> session) {
    return byKey.get(session.key()) == session && !session.expired(clock.instant(), policy);
  }

  /** Drops expired sessions. */
  public void sweep() {
    Instant now = clock.instant();
    byKey.values().removeIf(s -> s.expired(now, policy));
  }

  private Started<U> begin(U user) {
    makeRoom();
    String token = Tokens.random();
    Session<U> session = new Session<>(key(token), user, clock.instant());
    byKey.put(session.key(), session);
    return new Started<>(token, session);
  }

  private void makeRoom() {
    if (byKey.size() < policy.capacity()) {
      return;
    }
    sweep();
    if (byKey.size() < policy.capacity()) {
      return;
    }
    List<Session<U>> anonymous = new ArrayList<>();
    byKey.values().stream().filter(s -> !s.loggedIn()).forEach(anonymous::add);
    anonymous.sort(Comparator.comparing(Session::lastActive));
    for (Session<U> s : anonymous) {
      if (byKey.size() < policy.capacity()) {
        break;
      }
      byKey.remove(s.key());
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
