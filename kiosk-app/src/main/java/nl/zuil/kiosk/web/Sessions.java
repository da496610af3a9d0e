package nl.zuil.kiosk.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig.Desk;

/**
 * The web console's sessions, kept in memory only: a kiosk restart logs everyone out, which is fine
 * for a half-day shift. Every visitor of the login page gets an anonymous session first, so the
 * login form carries a CSRF token too; logging in replaces it with a new id (no fixation).
 *
 * <p>A session ends after {@code idle} without a gids action (page load or POST); watching the live
 * list does not keep it alive, so a laptop left open logs itself out.
 */
final class Sessions {

  /** A session id: 256 random bits. */
  static final int ID_BYTES = 32;

  /** Logged in or not, nobody keeps a console for longer than a long working day. */
  static final Duration MAX_AGE = Duration.ofHours(12);

  /** Bound on memory: an address that fetches the login page in a loop cannot fill the heap. */
  static final int MAX_SESSIONS = 2_000;

  /** Enough for every action in a busy half day; older ids cannot come back in a real replay. */
  static final int REMEMBERED_ACTIONS = 1_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration idle;

  /** One browser's session. Thread-safe: requests of one browser may overlap. */
  static final class Session {
    private final String id;
    private final String csrf;
    private final Desk desk;
    private final Instant created;
    private final Set<String> actions = new LinkedHashSet<>();
    private Instant lastActive;

    private Session(String id, Desk desk, Instant now) {
      this.id = id;
      this.csrf = random();
      this.desk = desk;
      this.created = now;
      this.lastActive = now;
    }

    String id() {
      return id;
    }

    /** The synchronizer token the page carries and every POST must send back. */
    String csrf() {
      return csrf;
    }

    /** Logged in with the gids PIN. */
    boolean gids() {
      return desk != null;
    }

    /** The desk the gids chose at login; null before login. */
    Desk desk() {
      return desk;
    }

    boolean csrfMatches(String token) {
      return token != null
          && MessageDigest.isEqual(
              csrf.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Remembers a POST's one-time action id; false when it was used before, so a replayed or
     * double-sent request changes nothing.
     */
    synchronized boolean firstUse(String actionId) {
      if (!actions.add(actionId)) {
        return false;
      }
      if (actions.size() > REMEMBERED_ACTIONS) {
        actions.remove(actions.iterator().next());
      }
      return true;
    }

    synchronized void touch(Instant now) {
      lastActive = now;
    }

    synchronized boolean expired(Instant now, Duration idle) {
      return !now.isBefore(lastActive.plus(idle)) || !now.isBefore(created.plus(MAX_AGE));
    }

    private synchronized Instant lastActive() {
      return lastActive;
    }
  }

  Sessions(Clock clock, Duration idle) {
    this.clock = clock;
    this.idle = idle;
  }

  /** A new session for a browser that has none yet (the login page). */
  Session anonymous() {
    makeRoom();
    Session session = new Session(random(), null, clock.instant());
    sessions.put(session.id(), session);
    return session;
  }

  /** Replaces {@code before} by a logged-in session at {@code desk} with a fresh id and token. */
  Session login(Session before, Desk desk) {
    sessions.remove(before.id());
    makeRoom();
    Session session = new Session(random(), desk, clock.instant());
    sessions.put(session.id(), session);
    return session;
  }

  /** The live session with this id; an expired one is removed and not found. */
  Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session session = sessions.get(id);
    if (session == null) {
      return Optional.empty();
    }
    if (session.expired(clock.instant(), idle)) {
      sessions.remove(id);
      return Optional.empty();
    }
    return Optional.of(session);
  }

  void touch(Session session) {
    session.touch(clock.instant());
  }

  void logout(String id) {
    sessions.remove(id);
  }

  boolean alive(String id) {
    return find(id).isPresent();
  }

  /** Drops expired sessions. */
  void sweep() {
    Instant now = clock.instant();
    sessions.values().removeIf(s -> s.expired(now, idle));
  }

  private void makeRoom() {
    if (sessions.size() < MAX_SESSIONS) {
      return;
    }
    sweep();
    if (sessions.size() < MAX_SESSIONS) {
      return;
    }
    // Anonymous sessions go first, oldest first: a flood of login-page loads never logs a gids out.
    List<Session> anonymous = new ArrayList<>();
    sessions.values().stream().filter(s -> !s.gids()).forEach(anonymous::add);
    anonymous.sort(Comparator.comparing(Session::lastActive));
    for (Session s : anonymous) {
      if (sessions.size() < MAX_SESSIONS) {
        break;
      }
      sessions.remove(s.id());
    }
  }

  private static String random() {
    byte[] bytes = new byte[ID_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
