package nl.zuil.kiosk.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.zuil.kiosk.text.ConsoleTexts;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig.Desk;
import nl.zuil.web.Cookies;
import nl.zuil.web.Session;
import nl.zuil.web.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login by the location's gids PIN, logout, and the check every gids-only request passes. Every
 * browser gets a session on the login page, so the login form carries a CSRF token too; a right PIN
 * replaces that session by a new one at the chosen desk.
 */
final class AuthRoutes {

  static final String COOKIE = "zuil-console";

  /** Marks a browser that logged in before (see {@link PinGate}). */
  static final String BROWSER_COOKIE = "zuil-console-browser";

  private static final Logger LOG = LoggerFactory.getLogger(AuthRoutes.class);
  private static final Pattern PIN_SHAPE = Pattern.compile("[0-9]{4,8}");

  private final ConsoleServer.Settings settings;
  private final ScreenTexts texts;
  private final Sessions<Desk> sessions;
  private final PinGate gate;
  private final Broadcast broadcast;
  private final Cookies cookies = new Cookies(true);
  private final Object pinCheck = new Object();
  private final RefusalLog refusals;

  AuthRoutes(
      ConsoleServer.Settings settings,
      ScreenTexts texts,
      Sessions<Desk> sessions,
      PinGate gate,
      Broadcast broadcast,
      Clock clock) {
    this.settings = settings;
    this.texts = texts;
    this.sessions = sessions;
    this.gate = gate;
    this.broadcast = broadcast;
    this.refusals = new RefusalLog(clock, LOG::warn);
  }

  /** Logs the refused PINs counted since the last line, once their interval is over. */
  void flushRefusals() {
    refusals.flush();
  }

  void register(RoutesConfig routes) {
    routes.before("/console/api/*", this::requireGids);
    routes.before("/console/events", this::requireGids);
    routes.get("/login", this::loginForm);
    routes.post("/login", this::login);
    routes.post("/logout", this::logout);
  }

  /** The gids session of this request, or a refusal that reaches no handler. */
  Session<Desk> requireGids(Context ctx) {
    return gids(ctx).orElseThrow(() -> new Refused(401, texts.now(ConsoleTexts.SESSION_NONE)));
  }

  /** The gids session of this request, if it has a live one. */
  Optional<Session<Desk>> gids(Context ctx) {
    return sessions.find(ctx.cookie(COOKIE)).filter(Session::loggedIn);
  }

  private void loginForm(Context ctx) {
    Optional<Session<Desk>> current = sessions.find(ctx.cookie(COOKIE));
    if (current.isPresent() && current.get().loggedIn()) {
      ctx.redirect("/console");
      return;
    }
    String message = "";
    if (ctx.queryParam("expired") != null) {
      message = texts.now(ConsoleTexts.SESSION_EXPIRED);
    } else if (ctx.queryParam("out") != null) {
      message = texts.now(ConsoleTexts.LOGGED_OUT);
    }
    showLogin(ctx, 200, current.orElseGet(() -> newSession(ctx)), message);
  }

  private void login(Context ctx) {
    Optional<Session<Desk>> session = sessions.find(ctx.cookie(COOKIE));
    if (session.isEmpty() || !session.get().csrfMatches(ctx.formParam("csrf"))) {
      showLogin(ctx, 403, newSession(ctx), texts.now(ConsoleTexts.REQUEST_REFUSED));
      return;
    }
    Optional<Desk> desk = chosenDesk(ctx.formParam("desk"));
    if (desk.isEmpty()) {
      showLogin(ctx, 400, session.get(), texts.now(ConsoleTexts.LOGIN_CHOOSE_DESK));
      return;
    }
    String address = ctx.req().getRemoteAddr();
    PinGate.Verdict verdict =
        gate.attempt(
            address,
            desk.get().code(),
            ctx.cookie(BROWSER_COOKIE),
            () -> pinMatches(ctx.formParam("pin")));
    if (verdict.accepted()) {
      sessions.end(session.get());
      cookies.session(ctx, COOKIE, sessions.start(desk.get()).token());
      cookies.lasting(ctx, BROWSER_COOKIE, verdict.browserCookie(), gate.browserCookieLasts());
      LOG.info("gids logged in to the web console from {}", address);
      ctx.redirect("/console", HttpStatus.SEE_OTHER);
      return;
    }
    Optional<Duration> wait = verdict.waitFor();
    refusals.refused(address, wait.isPresent());
    // The same words for a wrong PIN and a locked-out address, bar the wait: a right PIN tried
    // during a lock-out reveals nothing.
    String message =
        wait.map(
                w ->
                    texts.now(
                        ConsoleTexts.LOGIN_WAIT, Map.of("seconds", (w.toMillis() + 999) / 1000)))
            .orElse(texts.now(ConsoleTexts.LOGIN_REFUSED));
    showLogin(ctx, 401, session.get(), message);
  }

  /** The desk picked on the login form; with one desk there is nothing to pick. */
  private Optional<Desk> chosenDesk(String code) {
    if (settings.desks().size() == 1) {
      return Optional.of(settings.desks().get(0));
    }
    return settings.desks().stream().filter(d -> d.code().equals(code)).findFirst();
  }

  private boolean pinMatches(String pin) {
    if (pin == null || !PIN_SHAPE.matcher(pin).matches()) {
      return false;
    }
    char[] digits = pin.toCharArray();
    // One slow hash at a time: a flood of logins cannot take the kiosk's processor from visitors.
    synchronized (pinCheck) {
      try {
        return settings.gidsPin().matches(digits);
      } finally {
        Arrays.fill(digits, '\0');
      }
    }
  }

  private void logout(Context ctx) {
    Optional<Session<Desk>> session = sessions.find(ctx.cookie(COOKIE));
    if (session.isPresent() && session.get().csrfMatches(ctx.formParam("csrf"))) {
      sessions.end(session.get());
      broadcast.endSession(session.get());
    }
    cookies.clear(ctx, COOKIE);
    ctx.redirect("/login?out", HttpStatus.SEE_OTHER);
  }

  private Session<Desk> newSession(Context ctx) {
    Sessions.Started<Desk> started = sessions.anonymous();
    cookies.session(ctx, COOKIE, started.token());
    return started.session();
  }

  private void showLogin(Context ctx, int status, Session<Desk> session, String message) {
    ctx.status(status);
    Answers.html(
        ctx,
        Pages.login(
            new Pages.Login(
                texts.now(ConsoleTexts.LOGIN_TITLE),
                settings.locationName(),
                texts.now(ConsoleTexts.LOGIN_PIN),
                texts.now(ConsoleTexts.LOGIN_SUBMIT),
                message,
                session.csrf(),
                texts.now(ConsoleTexts.LOGIN_DESK),
                settings.desks())));
  }
}
