package nl.zuil.backend.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.signin.oidc.ProviderLogin;
import nl.zuil.backend.signin.totp.SecondFactor;
import nl.zuil.backend.web.StaffRequests.StaffRequest;
import nl.zuil.web.SecurityHeaders;

/**
 * The pages for regional staff and IT beheer, next to the kiosk API on the same server, put
 * together from one route class per feature: login ({@link LoginRoutes}), statistics ({@link
 * StatisticsRoutes}), kiosk health ({@link FleetRoutes}), enrolment codes ({@link
 * EnrolmentRoutes}), the region's catalogue versions ({@link CatalogueRoutes}, its texts and
 * downloads {@link CatalogueTextRoutes}) and the audit log of staff actions ({@link AuditRoutes}).
 *
 * <p>Sessions follow the gids console's rules (web-support, decision 0009): an HttpOnly,
 * SameSite=Strict cookie (Secure over HTTPS) that ends after a short idle time, a CSRF token on
 * every form that changes something, a login that says the same thing whatever was wrong, with
 * login budgets per account, per address and in total instead of a lock (decision 0209).
 */
public final class StaffPages {

  private static final SecurityHeaders HEADERS =
      new SecurityHeaders(
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
              + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
              + " frame-ancestors 'none'",
          "no-referrer");

  private final StaffRequests requests;
  private final LoginRoutes login;
  private final TotpRoutes totp;
  private final Optional<OidcRoutes> oidc;
  private final StatisticsRoutes statistics;
  private final FleetRoutes fleet;
  private final EnrolmentRoutes enrolment;
  private final CatalogueRoutes catalogue;
  private final CatalogueTextRoutes catalogueTexts;
  private final AccessibilityRoutes accessibility;
  private final AuditRoutes audit;
  private final ReferralRoutes referrals;
  private final StaticFiles files = new StaticFiles();
  private final long maxRequestBytes;

  public StaffPages(Backend backend, WebSettings settings, long maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
    this.requests = new StaffRequests(backend, settings);
    SecondSteps secondSteps =
        new SecondSteps(
            settings
                .signIn()
                .totpSeal()
                .map(seal -> new SecondFactor(backend.database(), seal, backend.clock())),
            settings.signIn().totpRequired(),
            backend.clock(),
            requests,
            settings.secureCookies());
    this.login = new LoginRoutes(backend, settings, requests, secondSteps);
    this.totp = new TotpRoutes(backend, requests, secondSteps);
    this.oidc =
        settings
            .signIn()
            .oidc()
            .map(
                provider ->
                    new OidcRoutes(
                        new ProviderLogin(provider, backend.regions()),
                        requests,
                        backend.clock(),
                        settings.secureCookies()));
    this.statistics = new StatisticsRoutes(backend, settings, requests);
    this.fleet = new FleetRoutes(backend, settings, requests);
    this.enrolment = new EnrolmentRoutes(backend, requests);
    this.catalogue = new CatalogueRoutes(backend, requests);
    this.catalogueTexts = new CatalogueTextRoutes(backend, requests);
    this.accessibility = new AccessibilityRoutes(requests);
    this.audit = new AuditRoutes(backend, requests);
    this.referrals = new ReferralRoutes(backend, requests);
  }

  public void register(RoutesConfig app) {
    app.before(
        ctx -> {
          if (isStaffPath(ctx.path())) {
            HEADERS.handle(ctx);
          }
        });
    login.register(app);
    totp.register(app);
    oidc.ifPresent(routes -> routes.register(app));
    statistics.register(app);
    fleet.register(app);
    enrolment.register(app);
    catalogue.register(app);
    catalogueTexts.register(app);
    accessibility.register(app);
    audit.register(app);
    referrals.register(app);
    app.get("/static/{file}", this::staticFile);
    app.exception(PageException.class, this::refuse);
    app.exception(Redirect.class, (e, ctx) -> ctx.status(303).header("Location", e.location()));
  }

  private static boolean isStaffPath(String path) {
    return !path.startsWith("/api/v1/") && !path.equals("/healthz");
  }

  /** A refusal as the reader's program reads it. */
  record Refusal(String error, String reason) {}

  private void staticFile(Context ctx) {
    StaticFiles.File file = files.get(ctx.pathParam("file"));
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(file.contentType()).result(file.bytes());
  }

  private void refuse(PageException e, Context ctx) {
    discardUnreadBody(ctx);
    boolean machine = ctx.path().startsWith("/api/") || ctx.path().startsWith("/export/");
    StaffRequest request = requests.request(ctx);
    if (machine) {
      ctx.status(e.status()).json(new Refusal(e.messageKey(), request.text().get(e.messageKey())));
    } else {
      StaffRequests.html(ctx, e.status(), ErrorPage.render(request.view(), e.messageKey()));
    }
  }

  /**
   * A refusal that comes before the form is read (a role check before a catalogue upload) would
   * otherwise leave the browser still sending while Jetty closes the connection, and the user sees
   * "connection reset" instead of the page that says why. Reading what is left, up to the largest
   * body the server accepts, lets the refusal arrive; anything larger is cut off as before.
   */
  private void discardUnreadBody(Context ctx) {
    try {
      InputStream body = ctx.req().getInputStream();
      byte[] buffer = new byte[8192];
      long left = maxRequestBytes;
      int read;
      while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
        left -= read;
      }
    } catch (IOException | IllegalStateException alreadyReadOrGone) {
      // The form was parsed already, or the client went away: nothing left to wait for.
    }
  }
}
