package nl.zuil.backend.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in sessions, in memory: a restart logs everyone out, which for a dashboard is a feature. A
 * session ends after {@code idle} without a request or {@code maximum} after login, whichever comes
 * first. Each has its own CSRF token for forms that change something.
 */
public final class Sessions {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Duration idle;
  private final Duration maximum;
  private final Clock clock;
  private final Map<String, Session> byToken = new ConcurrentHashMap<>();

  /** A session as a page sees it; the cookie value itself is not kept in it. */
  public record Session(StaffUser user, String csrfToken, long startedAtMs, long lastSeenMs) {}

  public Sessions(Duration idle, Duration maximum, Clock clock) {
    this.idle = idle;
    this.maximum = maximum;
    this.clock = clock;
  }

  public Duration idle() {
    return idle;
  }

  /** Starts a session; the returned token goes into the cookie and nowhere else. */
  public String start(StaffUser user) {
    String token = randomToken();
    long now = clock.millis();
    byToken.values().removeIf(session -> expired(session, now));
    byToken.put(key(token), new Session(user, randomToken(), now, now));
    return token;
  }

  /** The live session of a cookie value, which this request keeps alive. */
  public Optional<Session> touch(String token) {
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    String key = key(token);
    long now = clock.millis();
    Session session = byToken.get(key);
    if (session == null) {
      return Optional.empty();
    }
    if (expired(session, now)) {
      byToken.remove(key);
      return Optional.empty();
    }
    Session touched = new Session(session.user(), session.csrfToken(), session.startedAtMs(), now);
    byToken.put(key, touched);
    return Optional.of(touched);
  }

  private boolean expired(Session session, long now) {
    return now - session.lastSeenMs() > idle.toMillis()
        || now - session.startedAtMs() > maximum.toMillis();
  }

  public void end(String token) {
    if (token != null) {
      byToken.remove(key(token));
    }
  }

  /** A fresh unguessable token: 256 random bits, URL-safe. */
  public static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Compares two tokens in constant time. */
  public static boolean sameToken(String expected, String actual) {
    if (expected == null || actual == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }

  // Kept by hash, so a heap dump does not hand out live cookies.
  private static String key(String token) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
