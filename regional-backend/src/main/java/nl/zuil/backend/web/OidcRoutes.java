package nl.zuil.backend.web;

import static nl.zuil.backend.web.StaffRequests.html;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.signin.oidc.ProviderLogin;
import nl.zuil.backend.signin.oidc.SignInRefused;
import nl.zuil.backend.web.StaffRequests.StaffRequest;
import nl.zuil.web.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in with the region's identity provider (decision 0215): {@code /login/oidc} sends the
 * browser to the provider with a fresh state, nonce and PKCE challenge; the provider sends it back
 * to {@code /login/oidc/callback}, where the state must be the one this browser left with (kept in
 * memory, once, for {@link #KEPT}) before the code is redeemed; a callback that reaches another
 * backend process than the start finds no state and is refused (a known limit, decision 0215). The
 * session starts through the same path as after a password.
 */
final class OidcRoutes {

  static final Duration KEPT = Duration.ofMinutes(10);

  private static final Logger LOG = LoggerFactory.getLogger(OidcRoutes.class);

  private final ProviderLogin provider;
  private final StaffRequests requests;
  private final Clock clock;
  private final String cookie;
  private final Map<String, Waiting> attempts = new ConcurrentHashMap<>();

  private record Waiting(ProviderLogin.Attempt attempt, Instant expires) {}

  OidcRoutes(ProviderLogin provider, StaffRequests requests, Clock clock, boolean secureCookies) {
    this.provider = provider;
    this.requests = requests;
    this.clock = clock;
    this.cookie = (secureCookies ? "__Host-" : "") + "zuil-oidc";
  }

  void register(RoutesConfig routes) {
    routes.get("/login/oidc", this::start);
    routes.get("/login/oidc/callback", this::callback);
  }

  private void start(Context ctx) {
    if (requests.request(ctx).session().isPresent()) {
      throw new Redirect("/");
    }
    ProviderLogin.Started started;
    try {
      started = provider.start();
    } catch (SignInRefused e) {
      LOG.warn("Identity provider unavailable: {}", e.getMessage());
      throw new PageException(503, "oidc.unavailable");
    }
    Instant now = clock.instant();
    if (attempts.size() >= StaffRequests.MAX_SESSIONS) {
      attempts.values().removeIf(w -> !w.expires().isAfter(now));
    }
    attempts.put(started.attempt().state(), new Waiting(started.attempt(), now.plus(KEPT)));
    requests.cookies().returning(ctx, cookie, started.attempt().state(), KEPT);
    throw new Redirect(started.authorizationUri().toString());
  }

  private void callback(Context ctx) {
    StaffRequest request = requests.request(ctx);
    String state = Optional.ofNullable(ctx.queryParam("state")).orElse("");
    String browserState = ctx.cookie(cookie);
    requests.cookies().clear(ctx, cookie);
    Waiting waiting = browserState == null ? null : attempts.remove(browserState);
    if (waiting == null
        || !Tokens.same(browserState, state)
        || !waiting.expires().isAfter(clock.instant())) {
      LOG.warn("Identity provider sign-in refused: state unknown, used or not this browser's");
      throw new PageException(400, "oidc.failed");
    }
    String error = ctx.queryParam("error");
    String code = ctx.queryParam("code");
    if (error != null || code == null) {
      LOG.warn("Identity provider sign-in refused by the provider: {}", error);
      throw new PageException(401, "oidc.failed");
    }
    StaffUser user;
    try {
      user = provider.finish(code, waiting.attempt());
    } catch (SignInRefused e) {
      LOG.warn("Identity provider sign-in refused: {}", e.getMessage());
      throw new PageException(
          e.unmapped() ? 403 : 401, e.unmapped() ? "oidc.unmapped" : "oidc.failed");
    }
    LOG.info(
        "Staff login through the identity provider: {} ({}, {})",
        user.username(),
        user.role().code(),
        user.regionCode());
    requests.startSession(ctx, user);
    // The browser came from the provider's site: on this answer and any redirect after it, it
    // leaves out SameSite=Strict cookies, the new session's too. A navigation this page starts
    // itself is same-site again, so the session cookie goes along.
    ctx.header("Refresh", "0; url=/");
    html(ctx, 200, SignedInPage.render(request.view().answeringAt("/login")));
  }
}
