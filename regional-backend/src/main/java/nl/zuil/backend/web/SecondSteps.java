package nl.zuil.backend.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.signin.totp.SecondFactor;
import nl.zuil.web.Tokens;

/**
 * Between a right password and the session: an account with TOTP (or one that must set it up) gets
 * no session until the second step is done (decision 0215). The pending step is kept in memory
 * under a random cookie for {@link #KEPT}, and dropped after {@link #MAX_FAILURES} wrong codes, so
 * a stolen password alone buys a handful of guesses at most before the password (and its
 * per-account budget) is needed again. Memory, not the database: with two backend processes a code
 * sent to the other one finds no pending step and the sign-in starts again (a known limit).
 */
final class SecondSteps {

  static final Duration KEPT = Duration.ofMinutes(5);
  static final int MAX_FAILURES = 5;

  /** Bound on memory, like the sessions'. */
  private static final int MAX_PENDING = StaffRequests.MAX_SESSIONS;

  /**
   * A password accepted, the second step not yet done.
   *
   * @param enrol the account has no TOTP yet and must set it up now
   * @param formToken what the step's forms carry against cross-site posts
   */
  record Pending(StaffUser user, boolean enrol, String formToken, Instant expires) {}

  private final Optional<SecondFactor> factor;
  private final boolean required;
  private final Clock clock;
  private final StaffRequests requests;
  private final String cookie;
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final Map<String, Integer> failures = new ConcurrentHashMap<>();

  SecondSteps(
      Optional<SecondFactor> factor,
      boolean required,
      Clock clock,
      StaffRequests requests,
      boolean secureCookies) {
    this.factor = factor;
    this.required = required;
    this.clock = clock;
    this.requests = requests;
    this.cookie = (secureCookies ? "__Host-" : "") + "zuil-second-step";
  }

  Optional<SecondFactor> factor() {
    return factor;
  }

  /** Whether this account needs a second step after its password. */
  boolean needed(StaffUser user) {
    return factor.map(f -> required || f.enabled(user.username())).orElse(false);
  }

  /** Starts the second step; returns where the browser goes next. */
  Redirect begin(Context ctx, StaffUser user) {
    Instant now = clock.instant();
    if (pending.size() >= MAX_PENDING) {
      pending.values().removeIf(p -> !p.expires().isAfter(now));
    }
    boolean enrol = !factor.orElseThrow().enabled(user.username());
    String token = Tokens.random();
    pending.put(token, new Pending(user, enrol, Tokens.random(), now.plus(KEPT)));
    requests.cookies().lasting(ctx, cookie, token, KEPT);
    return new Redirect(enrol ? "/account/totp" : "/login/totp");
  }

  /** This browser's pending step, if it has one that has not expired. */
  Optional<Pending> find(Context ctx) {
    String token = ctx.cookie(cookie);
    Optional<Pending> found = Optional.ofNullable(token == null ? null : pending.get(token));
    if (found.isPresent() && !found.get().expires().isAfter(clock.instant())) {
      drop(ctx);
      return Optional.empty();
    }
    return found;
  }

  /** A wrong code; true when that was one too many and the step is gone. */
  boolean failed(Context ctx) {
    String token = ctx.cookie(cookie);
    if (token == null) {
      return true;
    }
    int count = failures.merge(token, 1, Integer::sum);
    if (count >= MAX_FAILURES) {
      drop(ctx);
      return true;
    }
    return false;
  }

  /** The second step is done: the session starts through the one path every sign-in takes. */
  void finish(Context ctx, StaffUser user) {
    drop(ctx);
    requests.startSession(ctx, user);
  }

  private void drop(Context ctx) {
    String token = ctx.cookie(cookie);
    if (token != null) {
      pending.remove(token);
      failures.remove(token);
    }
    requests.cookies().clear(ctx, cookie);
  }
}
