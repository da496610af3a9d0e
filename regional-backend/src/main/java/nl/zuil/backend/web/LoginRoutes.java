package nl.zuil.backend.web;

import static nl.zuil.backend.web.StaffRequests.html;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.zuil.backend.access.StaffLogin;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.audit.Actor;
import nl.zuil.backend.audit.AuditAction;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.web.StaffRequests.StaffRequest;
import nl.zuil.web.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login and logout. The login says the same thing whatever was wrong; how often anyone may try is
 * {@link nl.zuil.backend.access.StaffLogin}'s business (decision 0209). A browser that logged in
 * gets a cookie that makes it known for that account, so its user gets in while others spray the
 * account's name. The login form's own token sits in a short-lived cookie, since there is no
 * session yet.
 */
final class LoginRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(LoginRoutes.class);
  private static final Duration LOGIN_FORM_KEPT = Duration.ofHours(1);

  private final Backend backend;
  private final StaffRequests requests;
  private final String loginCookie;
  private final SecondSteps secondSteps;
  private final boolean offersProvider;

  LoginRoutes(
      Backend backend, WebSettings settings, StaffRequests requests, SecondSteps secondSteps) {
    this.backend = backend;
    this.requests = requests;
    this.secondSteps = secondSteps;
    this.offersProvider = settings.signIn().oidc().isPresent();
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
    if (!Tokens.same(ctx.cookie(loginCookie), ctx.formParam("login"))) {
      throw new PageException(403, "error.csrf");
    }
    char[] password = Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
    String username =
        Optional.ofNullable(ctx.formParam("username")).orElse("").strip().toLowerCase(Locale.ROOT);
    StaffLogin.Outcome outcome;
    try {
      outcome =
          backend
              .staffLogin()
              .attempt(
                  username,
                  password,
                  requests.clientAddress(ctx),
                  ctx.cookie(requests.browserCookie()));
    } finally {
      Arrays.fill(password, '\0');
    }
    if (outcome.waitFor().isPresent()) {
      LOG.warn(
          "Login attempt from {} not checked: a login budget is used up",
          requests.clientAddress(ctx));
      html(
          ctx,
          429,
          LoginPage.render(
              request.view(), newLoginToken(ctx), Optional.of("login.throttled"), offersProvider));
      return;
    }
    if (outcome.user().isEmpty()) {
      // Only for an account that exists: its region's log. A mistyped name could be anything
      // (a password typed in the wrong field), so it is written nowhere.
      backend
          .staff()
          .account(username)
          .ifPresent(u -> backend.audit().record(Actor.of(u), AuditAction.LOGIN_FAILED, ""));
      html(
          ctx,
          401,
          LoginPage.render(
              request.view(), newLoginToken(ctx), Optional.of("login.failed"), offersProvider));
      return;
    }
    StaffUser user = outcome.user().get();
    LOG.info("Staff login: {} ({}, {})", user.username(), user.role().code(), user.regionCode());
    requests.cookies().clear(ctx, loginCookie);
    if (secondSteps.needed(user)) {
      // The audit log's LOGIN and the known-browser cookie wait for the second step.
      throw secondSteps.begin(ctx, user);
    }
    requests.startSession(ctx, user);
    throw new Redirect("/");
  }

  private void logout(Context ctx) {
    StaffRequest request = requests.page(ctx);
    StaffRequests.requireCsrf(ctx, request);
    requests.sessions().end(ctx.cookie(requests.sessionCookie()));
    backend.audit().record(Actor.of(request.user()), AuditAction.LOGOUT, "");
    requests.cookies().clear(ctx, requests.sessionCookie());
    throw new Redirect("/login");
  }
}
