package nl.zuil.backend.web;

import static nl.zuil.backend.web.StaffRequests.html;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.access.ProviderAccounts;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.audit.Actor;
import nl.zuil.backend.audit.AuditAction;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.signin.totp.SecondFactor;
import nl.zuil.backend.signin.totp.TotpSetup;
import nl.zuil.backend.web.StaffRequests.StaffRequest;
import nl.zuil.web.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TOTP as a second factor (decision 0215): the code after the password ({@code /login/totp}), and
 * setting it up ({@code /account/totp}) from a session or, when the region requires TOTP, right
 * after the password. Wrong codes count against the same per-address budget in the database as
 * wrong passwords ({@link nl.zuil.backend.access.StaffLogin}), shared by every backend process.
 */
final class TotpRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(TotpRoutes.class);

  private final Backend backend;
  private final StaffRequests requests;
  private final SecondSteps steps;

  /** Who sets up TOTP: a signed-in member of staff, or one between password and session. */
  private record Enroller(
      StaffUser user, String formToken, Optional<SecondSteps.Pending> pending) {}

  TotpRoutes(Backend backend, StaffRequests requests, SecondSteps steps) {
    this.backend = backend;
    this.requests = requests;
    this.steps = steps;
  }

  void register(RoutesConfig routes) {
    routes.get("/login/totp", this::codeForm);
    routes.post("/login/totp", this::code);
    routes.get("/account/totp", this::account);
    routes.post("/account/totp/begin", this::begin);
    routes.post("/account/totp/confirm", this::confirm);
  }

  private void codeForm(Context ctx) {
    StaffRequest request = requests.request(ctx);
    SecondSteps.Pending pending =
        steps.find(ctx).filter(p -> !p.enrol()).orElseThrow(() -> new Redirect("/login"));
    html(ctx, 200, TotpPages.code(request.view(), pending.formToken(), Optional.empty()));
  }

  private void code(Context ctx) {
    StaffRequest request = requests.request(ctx);
    View view = request.view().answeringAt("/login/totp");
    Optional<SecondSteps.Pending> pending = steps.find(ctx).filter(p -> !p.enrol());
    if (pending.isEmpty()) {
      throw new Redirect("/login");
    }
    String address = requests.clientAddress(ctx);
    if (backend.staffLogin().codeWaiting(address).isPresent()) {
      LOG.warn("Second-step attempts from {} throttled", address);
      html(
          ctx,
          429,
          TotpPages.code(view, pending.get().formToken(), Optional.of("login.throttled")));
      return;
    }
    if (!Tokens.same(pending.get().formToken(), ctx.formParam("step"))) {
      backend.staffLogin().wrongCode(address);
      throw new PageException(403, "error.csrf");
    }
    StaffUser user = pending.get().user();
    if (!factor().verify(user.username(), Optional.ofNullable(ctx.formParam("code")).orElse(""))) {
      backend.staffLogin().wrongCode(address);
      backend.audit().record(Actor.of(user), AuditAction.LOGIN_FAILED, "");
      if (steps.failed(ctx)) {
        throw new Redirect("/login");
      }
      html(ctx, 401, TotpPages.code(view, pending.get().formToken(), Optional.of("totp.wrong")));
      return;
    }
    LOG.info("Staff second step: {}", user.username());
    steps.finish(ctx, user);
    throw new Redirect("/");
  }

  private void account(Context ctx) {
    StaffRequest request = requests.request(ctx);
    if (steps.factor().isEmpty()) {
      requests.page(ctx);
      html(ctx, 200, TotpPages.unavailable(request.view()));
      return;
    }
    Enroller enroller = enroller(ctx, request);
    String username = enroller.user().username();
    boolean enabled = factor().enabled(username);
    int left = enabled ? factor().unusedRecoveryCodes(username) : 0;
    html(
        ctx,
        200,
        TotpPages.account(request.view(), enroller.formToken(), enabled, left, required(enroller)));
  }

  private void begin(Context ctx) {
    StaffRequest request = requests.request(ctx);
    Enroller enroller = enroller(ctx, request);
    requireToken(ctx, enroller);
    Optional<TotpSetup> setup = factor().begin(enroller.user().username(), issuer(enroller));
    if (setup.isEmpty()) {
      throw new Redirect("/account/totp");
    }
    View view = request.view().answeringAt("/account/totp");
    html(ctx, 200, TotpPages.setup(view, enroller.formToken(), setup.get(), Optional.empty()));
  }

  private void confirm(Context ctx) {
    StaffRequest request = requests.request(ctx);
    Enroller enroller = enroller(ctx, request);
    requireToken(ctx, enroller);
    View view = request.view().answeringAt("/account/totp");
    String address = requests.clientAddress(ctx);
    if (backend.staffLogin().codeWaiting(address).isPresent()) {
      throw new PageException(429, "login.throttled");
    }
    String username = enroller.user().username();
    Optional<List<String>> codes =
        factor().confirm(username, Optional.ofNullable(ctx.formParam("code")).orElse(""));
    if (codes.isEmpty()) {
      backend.staffLogin().wrongCode(address);
      TotpSetup setup =
          factor()
              .unfinished(username, issuer(enroller))
              .orElseThrow(() -> new Redirect("/account/totp"));
      html(ctx, 401, TotpPages.setup(view, enroller.formToken(), setup, Optional.of("totp.wrong")));
      return;
    }
    LOG.info("Staff TOTP switched on: {}", username);
    if (enroller.pending().isPresent()) {
      steps.finish(ctx, enroller.user());
    }
    html(ctx, 200, TotpPages.recovery(view, codes.get()));
  }

  /** The signed-in member of staff, else the one who must set up TOTP before their session. */
  private Enroller enroller(Context ctx, StaffRequest request) {
    if (steps.factor().isEmpty()) {
      throw new PageException(404, "totp.unavailable");
    }
    if (request.session().isPresent()) {
      StaffUser user = request.user();
      if (ProviderAccounts.isProviderAccount(user.username())) {
        throw new PageException(409, "totp.provider");
      }
      return new Enroller(user, request.session().get().csrf(), Optional.empty());
    }
    SecondSteps.Pending pending =
        steps
            .find(ctx)
            .filter(SecondSteps.Pending::enrol)
            .orElseThrow(() -> new Redirect("/login"));
    return new Enroller(pending.user(), pending.formToken(), Optional.of(pending));
  }

  private static boolean required(Enroller enroller) {
    return enroller.pending().isPresent();
  }

  private static void requireToken(Context ctx, Enroller enroller) {
    if (!Tokens.same(enroller.formToken(), ctx.formParam("csrf"))) {
      throw new PageException(403, "error.csrf");
    }
  }

  private String issuer(Enroller enroller) {
    String region = enroller.user().regionCode();
    return "Zuil " + backend.regions().name(region).orElse(region);
  }

  private SecondFactor factor() {
    return steps.factor().orElseThrow(() -> new PageException(404, "totp.unavailable"));
  }
}
