package nl.zuil.backend.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.zuil.backend.access.JdbcSessionStore;
import nl.zuil.backend.access.ProviderAccounts;
import nl.zuil.backend.access.StaffSession;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.audit.Actor;
import nl.zuil.backend.audit.AuditAction;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;
import nl.zuil.web.Cookies;
import nl.zuil.web.Session;
import nl.zuil.web.SessionPolicy;
import nl.zuil.web.Sessions;

/**
 * Who asks, in which language, with what session: what every staff route starts with. Every request
 * names no region: the region, and for a municipality account the municipality, come from the
 * session, so no parameter can reach another region's data.
 */
final class StaffRequests {

  /** Bound on stored sessions; staff sessions are few, this is far beyond any region's staff. */
  static final int MAX_SESSIONS = 10_000;

  private static final String LANGUAGE_COOKIE = "zuil-lang";
  private static final Duration LANGUAGE_KEPT = Duration.ofDays(365);

  private final Backend backend;
  private final Sessions<StaffUser> sessions;
  private final Cookies cookies;
  private final String sessionCookie;
  private final String browserCookie;
  private final Set<String> trustedProxies;

  /** One request: its view (language, who, where) and its session (empty when not logged in). */
  record StaffRequest(View view, Optional<Session<StaffUser>> session) {
    StaffUser user() {
      return session.orElseThrow().user().orElseThrow();
    }

    Messages text() {
      return view.text();
    }
  }

  StaffRequests(Backend backend, WebSettings settings) {
    this.backend = backend;
    this.sessions =
        new Sessions<>(
            backend.clock(),
            new SessionPolicy(settings.sessionIdle(), WebSettings.SESSION_MAXIMUM, MAX_SESSIONS),
            new JdbcSessionStore(backend.database()));
    this.trustedProxies = Set.copyOf(settings.trustedProxies());
    this.cookies = new Cookies(settings.secureCookies());
    // The __Host- prefix makes browsers refuse the cookie unless it is Secure, host-only and
    // Path=/.
    this.sessionCookie = (settings.secureCookies() ? "__Host-" : "") + "zuil-session";
    this.browserCookie = (settings.secureCookies() ? "__Host-" : "") + "zuil-browser";
  }

  Sessions<StaffUser> sessions() {
    return sessions;
  }

  Cookies cookies() {
    return cookies;
  }

  String sessionCookie() {
    return sessionCookie;
  }

  /** The cookie of a browser known for an account (decision 0209). */
  String browserCookie() {
    return browserCookie;
  }

  /**
   * Signs {@code user} in: the one place a session starts, after a password (and its second step)
   * or after the identity provider. It writes the login to the audit log and makes the browser
   * known for a password account (decision 0209); a provider account has no password budget here.
   */
  void startSession(Context ctx, StaffUser user) {
    backend.audit().record(Actor.of(user), AuditAction.LOGIN, "");
    sessions.sweep();
    if (!ProviderAccounts.isProviderAccount(user.username())) {
      cookies.lasting(
          ctx,
          browserCookie,
          backend.staffLogin().knownBrowserCookie(user.username()),
          backend.staffLogin().browserCookieLasts());
    }
    cookies.session(ctx, sessionCookie, sessions.start(user).token());
  }

  /**
   * The address of the browser: the peer, or behind a reverse proxy named in {@code
   * --trusted-proxy} the address that proxy appended to X-Forwarded-For (the last entry; earlier
   * ones come from the client and prove nothing).
   */
  String clientAddress(Context ctx) {
    String peer = ctx.req().getRemoteAddr();
    String forwarded = ctx.header("X-Forwarded-For");
    if (forwarded == null || !trustedProxies.contains(peer)) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    String last = hops[hops.length - 1].strip();
    return last.isEmpty() ? peer : last;
  }

  /** This request, keeping its session alive. */
  StaffRequest request(Context ctx) {
    Language language = language(ctx);
    Optional<Session<StaffUser>> session = sessions.touch(ctx.cookie(sessionCookie));
    Optional<StaffUser> user = session.flatMap(Session::user);
    String regionName = user.flatMap(u -> backend.regions().name(u.regionCode())).orElse("");
    String query =
        ctx.queryParamMap().entrySet().stream()
            .filter(e -> !e.getKey().equals("lang") && !e.getKey().equals("expired"))
            .flatMap(e -> e.getValue().stream().map(v -> Html.url(e.getKey()) + "=" + Html.url(v)))
            .collect(Collectors.joining("&"));
    Optional<StaffSession> seen =
        session.map(s -> new StaffSession(s.user().orElseThrow(), s.csrf()));
    return new StaffRequest(
        new View(Messages.in(language), seen, regionName, ctx.path(), query), session);
  }

  /** A page for people: without a session, off to the login form. */
  StaffRequest page(Context ctx) {
    StaffRequest request = request(ctx);
    if (request.session().isEmpty()) {
      boolean expired = ctx.cookie(sessionCookie) != null;
      throw new Redirect("/login" + (expired ? "?expired=1" : ""));
    }
    return request;
  }

  /** A JSON answer or a download: without a session, 401. */
  StaffRequest api(Context ctx) {
    StaffRequest request = request(ctx);
    if (request.session().isEmpty()) {
      throw new PageException(401, "login.expired");
    }
    return request;
  }

  /** A catalogue page or download: only staff who publish the region's catalogue may open it. */
  StaffRequest cataloguePublisher(Context ctx) {
    StaffRequest request = page(ctx);
    if (!request.user().role().publishesCatalogue()) {
      throw PageException.forbidden();
    }
    return request;
  }

  /** A page that only staff who see statistics may open. */
  static void requireStatistics(StaffRequest request) {
    if (!request.user().role().seesStatistics()) {
      throw PageException.forbidden();
    }
  }

  /** A form that changes something carries the session's token. */
  static void requireCsrf(Context ctx, StaffRequest request) {
    if (!request.session().orElseThrow().csrfMatches(ctx.formParam("csrf"))) {
      throw new PageException(403, "error.csrf");
    }
  }

  static void html(Context ctx, int status, String html) {
    ctx.status(status)
        .contentType("text/html; charset=utf-8")
        .result(html.getBytes(StandardCharsets.UTF_8));
  }

  /** The language asked for now (remembered in a cookie), else the remembered one, else Dutch. */
  private Language language(Context ctx) {
    Optional<Language> asked = Optional.ofNullable(ctx.queryParam("lang")).flatMap(Language::of);
    if (asked.isPresent()) {
      cookies.preference(ctx, LANGUAGE_COOKIE, asked.get().code(), LANGUAGE_KEPT);
      return asked.get();
    }
    return Optional.ofNullable(ctx.cookie(LANGUAGE_COOKIE))
        .flatMap(Language::of)
        .orElse(Language.DUTCH);
  }
}
