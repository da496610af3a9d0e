package nl.zuil.backend.web;

import static nl.zuil.backend.web.StaffRequests.html;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.web.StaffRequests.StaffRequest;
import nl.zuil.web.LoginThrottle;
import nl.zuil.web.ThrottlePolicy;
import nl.zuil.web.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login and logout. The login says the same thing whatever was wrong; attempts are limited per
 * address here, whatever names they try (this stops trying one password on many names), and per
 * account in the database (which stops guessing one account's password; decision 0701). The login
 * form's own token sits in a short-lived cookie, since there is no session yet.
 */
final class LoginRoutes {

  /** Per client address, right or wrong, whatever the name. */
  static final ThrottlePolicy PER_ADDRESS = ThrottlePolicy.attemptsPer(20, Duration.ofMinutes(10));

  private static final Logger LOG = LoggerFactory.getLogger(LoginRoutes.class);
  private static final Duration LOGIN_FORM_KEPT = Duration.ofHours(1);

  private final Backend backend;
  private final StaffRequests requests;
  private final LoginThrottle throttle;
  private final String loginCookie;
  private final SecondSteps secondSteps;
  private final boolean offersProvider;

  LoginRoutes(
      Backend backend, WebSettings settings, StaffRequests requests, SecondSteps secondSteps) {
    this.backend = backend;
    this.requests = requests;
    this.secondSteps = secondSteps;
    this.offersProvider = settings.signIn().oidc().isPresent();
    this.throttle = new LoginThrottle(PER_ADDRESS, backend.clock());
    this.loginCookie = (settings.secureCookies() ? "__Host-" : "") + "zuil-login";
  }

  void register(RoutesConfig routes) {
    routes.get("/", this::home);
    routes.get("/login", this::loginForm);
    routes.post("/login", this::login);
    routes.post("/logout", this::logout);
  }

  private void home(Context ctx) {
    StaffRequest request = requests.page(ctx);
    throw new Redirect(request.user().role().seesStatistics() ? "/dashboard" : "/fleet");
  }

  private void loginForm(Context ctx) {
    StaffRequest request = requests.request(ctx);
    if (request.session().isPresent()) {
      throw new Redirect("/");
    }
    Optional<String> message =
        ctx.queryParam("expired") != null ? Optional.of("login.expired") : Optional.empty();
    html(ctx, 200, LoginPage.render(request.view(), newLoginToken(ctx), message, offersProvider));
  }

  private String newLoginToken(Context ctx) {
    String token = Tokens.random();
    requests.cookies().lasting(ctx, loginCookie, token, LOGIN_FORM_KEPT);
    return token;
  }

  private void login(Context ctx) {
    StaffRequest request = requests.request(ctx);
    if (throttle.waiting(ctx.ip()).isPresent()) {
      LOG.warn("Login attempts from {} throttled", ctx.ip());
      html(
          ctx,
          429,
          LoginPage.render(
              request.view(), newLoginToken(ctx), Optional.of("login.throttled"), offersProvider));
      return;
    }
    if (!Tokens.same(ctx.cookie(loginCookie), ctx.formParam("login"))) {
      throttle.failed(ctx.ip());
      throw new PageException(403, "error.csrf");
    }
    char[] password = Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
    String username =
        Optional.ofNullable(ctx.formParam("username")).orElse("").strip().toLowerCase(Locale.ROOT);
    Optional<StaffUser> user;
    try {
      user = backend.staff().login(username, password);
    } finally {
      Arrays.fill(password, '\0');
    }
    if (user.isEmpty()) {
      throttle.failed(ctx.ip());
      html(
          ctx,
          401,
          LoginPage.render(
              request.view(), newLoginToken(ctx), Optional.of("login.failed"), offersProvider));
      return;
    }
    throttle.succeeded(ctx.ip());
    LOG.info(
        "Staff login: {} ({}, {})",
        user.get().username(),
        user.get().role().code(),
        user.get().regionCode());
    requests.cookies().clear(ctx, loginCookie);
    if (secondSteps.needed(user.get())) {
      throw secondSteps.begin(ctx, user.get());
    }
    requests.startSession(ctx, user.get());
    throw new Redirect("/");
  }

  private void logout(Context ctx) {
    StaffRequest request = requests.page(ctx);
    StaffRequests.requireCsrf(ctx, request);
    requests.sessions().end(ctx.cookie(requests.sessionCookie()));
    requests.cookies().clear(ctx, requests.sessionCookie());
    throw new Redirect("/login");
  }
}
