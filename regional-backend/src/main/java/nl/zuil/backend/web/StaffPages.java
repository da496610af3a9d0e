package nl.zuil.backend.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import nl.zuil.backend.access.LoginThrottle;
import nl.zuil.backend.access.Sessions;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.enrolment.IssuedCode;
import nl.zuil.backend.health.FleetStatus;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.publish.CatalogueDiff;
import nl.zuil.backend.publish.Draft;
import nl.zuil.backend.publish.PublishRefused;
import nl.zuil.backend.publish.UploadRefused;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.region.PublishedCatalogues;
import nl.zuil.backend.region.PublishedCatalogues.Published;
import nl.zuil.backend.stats.CatalogueLabels;
import nl.zuil.backend.stats.Chart;
import nl.zuil.backend.stats.Dashboard;
import nl.zuil.backend.stats.DashboardBuilder;
import nl.zuil.backend.stats.Period;
import nl.zuil.backend.stats.StatsQuery;
import nl.zuil.backend.stats.Suppression;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.Codes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages for regional staff and IT beheer, next to the kiosk API on the same server: login,
 * statistics (page, JSON behind each chart, CSV/XLSX exports, monthly report), kiosk health,
 * enrolment codes and the region's catalogue versions.
 *
 * <p>Every request names no region: the region, and for a municipality account the municipality,
 * come from the session, so no parameter can reach another region's data. Sessions follow the gids
 * console's rules: an HttpOnly, SameSite=Strict cookie (Secure over HTTPS) that ends after a short
 * idle time, a CSRF token on every form that changes something, a login that says the same thing
 * whatever was wrong, rate-limited per address and locked per account (decision 0701).
 */
public final class StaffPages {

  private static final Logger LOG = LoggerFactory.getLogger(StaffPages.class);
  private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  private final Backend backend;
  private final WebSettings settings;
  private final Suppression suppression;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final StaticFiles files = new StaticFiles();
  private final String sessionCookie;
  private final String loginCookie;

  public StaffPages(Backend backend, WebSettings settings) {
    this.backend = backend;
    this.settings = settings;
    this.suppression = new Suppression(settings.suppressionThreshold());
    this.sessions =
        new Sessions(settings.sessionIdle(), WebSettings.SESSION_MAXIMUM, backend.clock());
    this.throttle = new LoginThrottle(20, Duration.ofMinutes(10), backend.clock());
    // The __Host- prefix makes browsers refuse the cookie unless it is Secure, host-only and
    // Path=/.
    String prefix = settings.secureCookies() ? "__Host-" : "";
    this.sessionCookie = prefix + "zuil-session";
    this.loginCookie = prefix + "zuil-login";
  }

  public void register(Javalin app) {
    app.before(
        ctx -> {
          if (isStaffPath(ctx.path())) {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Cache-Control", "no-store");
          }
        });
    app.get("/", this::home);
    app.get("/login", this::loginForm);
    app.post("/login", this::login);
    app.post("/logout", this::logout);
    app.get("/dashboard", this::dashboard);
    app.get("/report", this::report);
    app.get("/api/stats/{chart}", this::chartJson);
    app.get("/export/{file}", this::export);
    app.get("/fleet", this::fleet);
    app.get("/api/fleet", this::fleetJson);
    app.get("/enrolment", this::enrolmentForm);
    app.post("/enrolment", this::enrol);
    app.get("/catalogue", this::catalogue);
    app.post("/catalogue/upload", this::uploadCatalogue);
    app.post("/catalogue/publish", this::publishCatalogue);
    app.post("/catalogue/discard", this::discardDraft);
    app.get("/static/{file}", this::staticFile);
    app.exception(PageException.class, this::refuse);
    app.exception(Redirect.class, (e, ctx) -> ctx.status(303).header("Location", e.location()));
  }

  private static boolean isStaffPath(String path) {
    return !path.startsWith("/api/v1/") && !path.equals("/healthz");
  }

  // ---- sessions and login ---------------------------------------------------------------------

  /** Who asks, in which language, with what session (empty when not logged in). */
  private record Request(View view, Optional<Sessions.Session> session) {
    StaffUser user() {
      return session.orElseThrow().user();
    }

    Messages text() {
      return view.text();
    }
  }

  private Request request(Context ctx) {
    Language language = language(ctx);
    Optional<Sessions.Session> session = sessions.touch(ctx.cookie(sessionCookie));
    String regionName =
        session.flatMap(s -> backend.regions().name(s.user().regionCode())).orElse("");
    String query =
        ctx.queryParamMap().entrySet().stream()
            .filter(e -> !e.getKey().equals("lang") && !e.getKey().equals("expired"))
            .flatMap(e -> e.getValue().stream().map(v -> Html.url(e.getKey()) + "=" + Html.url(v)))
            .collect(Collectors.joining("&"));
    return new Request(
        new View(Messages.in(language), session, regionName, ctx.path(), query), session);
  }

  /** The language asked for now (remembered in a cookie), else the remembered one, else Dutch. */
  private Language language(Context ctx) {
    Optional<Language> asked = Optional.ofNullable(ctx.queryParam("lang")).flatMap(Language::of);
    if (asked.isPresent()) {
      ctx.res()
          .addHeader(
              "Set-Cookie",
              "zuil-lang="
                  + asked.get().code()
                  + "; Path=/; Max-Age=31536000; SameSite=Strict"
                  + (settings.secureCookies() ? "; Secure" : ""));
      return asked.get();
    }
    return Optional.ofNullable(ctx.cookie("zuil-lang"))
        .flatMap(Language::of)
        .orElse(Language.DUTCH);
  }

  /** A page for people: without a session, off to the login form. */
  private Request page(Context ctx) {
    Request request = request(ctx);
    if (request.session().isEmpty()) {
      boolean expired = ctx.cookie(sessionCookie) != null;
      throw new Redirect("/login" + (expired ? "?expired=1" : ""));
    }
    return request;
  }

  /** A JSON answer or a download: without a session, 401. */
  private Request api(Context ctx) {
    Request request = request(ctx);
    if (request.session().isEmpty()) {
      throw new PageException(401, "login.expired");
    }
    return request;
  }

  private static void requireStatistics(Request request) {
    if (!request.user().role().seesStatistics()) {
      throw PageException.forbidden();
    }
  }

  private void home(Context ctx) {
    Request request = page(ctx);
    throw new Redirect(request.user().role().seesStatistics() ? "/dashboard" : "/fleet");
  }

  private void loginForm(Context ctx) {
    Request request = request(ctx);
    if (request.session().isPresent()) {
      throw new Redirect("/");
    }
    Optional<String> message =
        ctx.queryParam("expired") != null ? Optional.of("login.expired") : Optional.empty();
    html(ctx, 200, LoginPage.render(request.view(), newLoginToken(ctx), message));
  }

  private String newLoginToken(Context ctx) {
    String token = Sessions.randomToken();
    setCookie(ctx, loginCookie, token, 3600);
    return token;
  }

  private void login(Context ctx) {
    Request request = request(ctx);
    if (!throttle.allow(ctx.ip())) {
      LOG.warn("Login attempts from {} throttled", ctx.ip());
      html(
          ctx,
          429,
          LoginPage.render(request.view(), newLoginToken(ctx), Optional.of("login.throttled")));
      return;
    }
    if (!Sessions.sameToken(ctx.cookie(loginCookie), ctx.formParam("login"))) {
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
      html(
          ctx,
          401,
          LoginPage.render(request.view(), newLoginToken(ctx), Optional.of("login.failed")));
      return;
    }
    LOG.info(
        "Staff login: {} ({}, {})",
        user.get().username(),
        user.get().role().code(),
        user.get().regionCode());
    setCookie(ctx, loginCookie, "", 0);
    setCookie(ctx, sessionCookie, sessions.start(user.get()), -1);
    throw new Redirect("/");
  }

  private void logout(Context ctx) {
    Request request = page(ctx);
    requireCsrf(ctx, request);
    sessions.end(ctx.cookie(sessionCookie));
    setCookie(ctx, sessionCookie, "", 0);
    throw new Redirect("/login");
  }

  private static void requireCsrf(Context ctx, Request request) {
    if (!Sessions.sameToken(request.session().orElseThrow().csrfToken(), ctx.formParam("csrf"))) {
      throw new PageException(403, "error.csrf");
    }
  }

  /**
   * @param maxAge seconds; -1 for a cookie that ends with the browser session
   */
  private void setCookie(Context ctx, String name, String value, int maxAge) {
    StringBuilder cookie =
        new StringBuilder(name)
            .append('=')
            .append(value)
            .append("; Path=/; HttpOnly; SameSite=Strict");
    if (settings.secureCookies()) {
      cookie.append("; Secure");
    }
    if (maxAge >= 0) {
      cookie.append("; Max-Age=").append(maxAge);
    }
    ctx.res().addHeader("Set-Cookie", cookie.toString());
  }

  // ---- statistics ---------------------------------------------------------------------------

  /** A selection and the protected dashboard for it. */
  private record Built(Selection selection, CatalogueLabels labels, Dashboard dashboard) {}

  private Built build(Context ctx, Request request, boolean monthOnly) {
    requireStatistics(request);
    StaffUser user = request.user();
    CatalogueLabels labels = new CatalogueLabels(backend.regions().catalogues(user.regionCode()));
    LocalDate today = LocalDate.now(backend.clock().withZone(NETHERLANDS));
    Selection selection =
        Selection.parse(
            ctx.queryParamMap(),
            user,
            backend.regions().locations(user.regionCode()),
            labels,
            today);
    if (monthOnly) {
      selection = selection.withPeriod(Period.month(selection.period().from()));
    }
    List<String> codes = selection.locations().stream().map(Location::code).toList();
    Dashboard dashboard =
        new DashboardBuilder(suppression, request.text(), labels)
            .build(
                selection.period(),
                today,
                selection.locations(),
                backend
                    .stats()
                    .cube(
                        new StatsQuery(
                            user.regionCode(),
                            selection.period(),
                            codes,
                            selection.question(),
                            labels.selfServiceOutcomes())));
    return new Built(selection, labels, dashboard);
  }

  private void dashboard(Context ctx) {
    Request request = page(ctx);
    Built built = build(ctx, request, false);
    html(
        ctx,
        200,
        new DashboardPage(request.view(), built.dashboard(), built.selection(), built.labels())
            .render());
  }

  private void report(Context ctx) {
    Request request = page(ctx);
    Built built = build(ctx, request, true);
    html(
        ctx,
        200,
        new ReportPage(
                request.view(),
                built.dashboard(),
                built.selection(),
                ZonedDateTime.now(backend.clock().withZone(NETHERLANDS)))
            .render());
  }

  private void chartJson(Context ctx) {
    Request request = api(ctx);
    Built built = build(ctx, request, false);
    String id = ctx.pathParam("chart");
    if (id.equals("summary")) {
      ctx.json(DashboardSummary.of(built.dashboard()));
      return;
    }
    ctx.json(built.dashboard().chart(id).orElseThrow(PageException::notFound));
  }

  private void export(Context ctx) {
    Request request = api(ctx);
    String file = ctx.pathParam("file");
    int dot = file.lastIndexOf('.');
    if (dot <= 0) {
      throw PageException.notFound();
    }
    String id = file.substring(0, dot);
    String format = file.substring(dot + 1);
    if (!format.equals("csv") && !format.equals("xlsx")) {
      throw PageException.notFound();
    }
    Built built = build(ctx, request, false);
    Dashboard dashboard = built.dashboard();
    List<Chart> charts =
        id.equals("dashboard") && format.equals("xlsx")
            ? dashboard.charts()
            : List.of(dashboard.chart(id).orElseThrow(PageException::notFound));
    String name = "zuil-" + id + "-" + dashboard.period().from() + "-" + dashboard.period().to();
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"");
    if (format.equals("csv")) {
      ctx.contentType("text/csv; charset=utf-8").result(Exports.csv(charts.get(0).table()));
    } else {
      ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .result(
              Exports.xlsx(
                  charts,
                  request.view().regionName()
                      + " · "
                      + DashboardPage.scope(request.view(), built.selection())
                      + " · "
                      + request
                          .text()
                          .get("period.range", dashboard.period().from(), dashboard.period().to()),
                  request.text().get("privacy.rule", dashboard.threshold())));
    }
  }

  // ---- kiosk health and enrolment --------------------------------------------------------------

  private List<FleetStatus> fleetOf(StaffUser user, List<Location> visible) {
    java.util.Set<String> codes = visible.stream().map(Location::code).collect(Collectors.toSet());
    return FleetStatus.of(
            backend.healthStore().region(user.regionCode()),
            backend.clock().instant(),
            settings.silentAfter())
        .stream()
        .filter(k -> codes.contains(k.health().locationCode()))
        .toList();
  }

  private void fleet(Context ctx) {
    Request request = page(ctx);
    List<Location> visible =
        request.user().visible(backend.regions().locations(request.user().regionCode()));
    Map<String, String> names = new HashMap<>();
    visible.forEach(l -> names.put(l.code(), l.name()));
    html(
        ctx,
        200,
        new FleetPage(
                request.view(), fleetOf(request.user(), visible), names, settings.silentAfter())
            .render());
  }

  private void fleetJson(Context ctx) {
    Request request = api(ctx);
    List<Location> visible =
        request.user().visible(backend.regions().locations(request.user().regionCode()));
    ctx.json(
        fleetOf(request.user(), visible).stream()
            .map(
                k -> {
                  Map<String, Object> json = new java.util.LinkedHashMap<>();
                  json.put("location", k.health().locationCode());
                  json.put("kiosk", k.health().kioskCode());
                  json.put("lastReport", k.health().receivedAt().toString());
                  json.put("silent", k.silent());
                  json.put("printer", k.printer().name());
                  json.put("appVersion", k.health().appVersion());
                  json.put("clockOffsetMillis", k.health().clockOffsetMillis());
                  json.put("pendingRevisions", k.health().pendingRevisions());
                  json.put("setAsideBuckets", k.health().setAsideBuckets());
                  return json;
                })
            .toList());
  }

  private Request requireEnrolment(Context ctx) {
    Request request = page(ctx);
    if (!request.user().role().enrolsKiosks()) {
      throw PageException.forbidden();
    }
    return request;
  }

  private void enrolmentForm(Context ctx) {
    Request request = requireEnrolment(ctx);
    html(
        ctx,
        200,
        new EnrolmentPage(request.view(), backend.regions().locations(request.user().regionCode()))
            .render(Optional.empty(), Optional.empty()));
  }

  private void enrol(Context ctx) {
    Request request = requireEnrolment(ctx);
    requireCsrf(ctx, request);
    String region = request.user().regionCode();
    List<Location> locations = backend.regions().locations(region);
    String locationCode = Optional.ofNullable(ctx.formParam("location")).orElse("");
    if (locations.stream().noneMatch(l -> l.code().equals(locationCode))) {
      throw PageException.notFound();
    }
    EnrolmentPage page = new EnrolmentPage(request.view(), locations);
    String kiosk = Optional.ofNullable(ctx.formParam("kiosk")).orElse("").strip();
    if (!Codes.SLUG.matcher(kiosk).matches()) {
      html(ctx, 400, page.render(Optional.empty(), Optional.of("enrolment.invalid.kiosk")));
      return;
    }
    int hours;
    try {
      hours = Integer.parseInt(Optional.ofNullable(ctx.formParam("hours")).orElse("24").strip());
    } catch (NumberFormatException e) {
      hours = -1;
    }
    if (hours < 1 || hours > 720) {
      html(ctx, 400, page.render(Optional.empty(), Optional.of("enrolment.invalid.hours")));
      return;
    }
    IssuedCode code =
        backend.enrolment().createCode(region, locationCode, kiosk, Duration.ofHours(hours));
    LOG.info(
        "Enrolment code made by {} for kiosk {} at {} ({})",
        request.user().username(),
        kiosk,
        locationCode,
        region);
    html(ctx, 200, page.render(Optional.of(code), Optional.empty()));
  }

  // ---- catalogue versions ---------------------------------------------------------------------

  private Request requireCatalogue(Context ctx) {
    Request request = page(ctx);
    if (!request.user().role().publishesCatalogue()) {
      throw PageException.forbidden();
    }
    return request;
  }

  private CataloguePage cataloguePage(Request request) {
    return cataloguePage(request.user(), request.view());
  }

  /** The catalogue page in answer to one of its forms, which are at other paths. */
  private CataloguePage catalogueAnswer(Request request) {
    return cataloguePage(request.user(), request.view().answeringAt("/catalogue"));
  }

  private CataloguePage cataloguePage(StaffUser user, View view) {
    String region = user.regionCode();
    Optional<Published> published = new PublishedCatalogues(backend.database()).current(region);
    Optional<CataloguePage.Review> review =
        backend
            .drafts()
            .draft(region)
            .map(
                draft -> {
                  Catalogue next = draft.catalogue();
                  return new CataloguePage.Review(
                      draft,
                      CatalogueDiff.between(published.map(StaffPages::parsePublished), next),
                      backend.retiredCodes().in(region, next),
                      new CatalogueLabels(backend.regions().catalogues(region)));
                });
    return new CataloguePage(view, published, review);
  }

  private static Catalogue parsePublished(Published published) {
    try {
      return CatalogueLoader.parse(published.json(), "published version " + published.version());
    } catch (CatalogueException e) {
      throw new IllegalStateException("a published catalogue is invalid", e);
    }
  }

  private void catalogue(Context ctx) {
    Request request = requireCatalogue(ctx);
    Optional<CataloguePage.Message> message =
        versionParam(ctx, "published")
            .map(v -> new CataloguePage.Message("catalogue.published", false, v))
            .or(
                () ->
                    versionParam(ctx, "discarded")
                        .map(v -> new CataloguePage.Message("catalogue.discarded", false, v)));
    html(ctx, 200, cataloguePage(request).render(message));
  }

  /** The version number the page was sent to after publishing or discarding. */
  private static Optional<String> versionParam(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).filter(v -> v.matches("[0-9]{1,9}"));
  }

  private void uploadCatalogue(Context ctx) {
    Request request = requireCatalogue(ctx);
    requireCsrf(ctx, request);
    UploadedFile file = ctx.uploadedFile("catalogue");
    String json;
    try {
      json = file == null ? "" : new String(file.content().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw PageException.badRequest();
    }
    StaffUser user = request.user();
    try {
      Draft draft = backend.drafts().upload(user.regionCode(), user.username(), json);
      LOG.info(
          "Catalogue draft version {} of {} uploaded by {}",
          draft.version(),
          user.regionCode(),
          user.username());
      throw new Redirect("/catalogue#review");
    } catch (UploadRefused e) {
      LOG.info(
          "Catalogue upload by {} ({}) refused: {}",
          user.username(),
          user.regionCode(),
          e.problems());
      html(
          ctx,
          400,
          catalogueAnswer(request)
              .render(file == null ? "" : file.filename(), e.problems(), Optional.empty()));
    }
  }

  private void publishCatalogue(Context ctx) {
    Request request = requireCatalogue(ctx);
    requireCsrf(ctx, request);
    StaffUser user = request.user();
    String digest = Optional.ofNullable(ctx.formParam("draft")).orElse("");
    try {
      int version = backend.drafts().publish(user.regionCode(), digest);
      LOG.info(
          "Catalogue version {} of {} published by {}",
          version,
          user.regionCode(),
          user.username());
      throw new Redirect("/catalogue?published=" + version);
    } catch (PublishRefused e) {
      LOG.info("Catalogue publish by {} refused: {}", user.username(), e.getMessage());
      html(
          ctx,
          409,
          catalogueAnswer(request)
              .render(Optional.of(new CataloguePage.Message("catalogue.stale", true))));
    }
  }

  private void discardDraft(Context ctx) {
    Request request = requireCatalogue(ctx);
    requireCsrf(ctx, request);
    StaffUser user = request.user();
    String digest = Optional.ofNullable(ctx.formParam("draft")).orElse("");
    OptionalInt discarded = backend.drafts().discard(user.regionCode(), digest);
    if (discarded.isPresent()) {
      LOG.info(
          "Catalogue draft version {} of {} discarded by {}",
          discarded.getAsInt(),
          user.regionCode(),
          user.username());
      throw new Redirect("/catalogue?discarded=" + discarded.getAsInt());
    }
    LOG.info("Catalogue discard by {} refused: the reviewed draft is gone", user.username());
    html(
        ctx,
        409,
        catalogueAnswer(request)
            .render(Optional.of(new CataloguePage.Message("catalogue.discard.stale", true))));
  }

  // ---- plumbing ------------------------------------------------------------------------------

  private void staticFile(Context ctx) {
    StaticFiles.File file = files.get(ctx.pathParam("file"));
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(file.contentType()).result(file.bytes());
  }

  private static void html(Context ctx, int status, String html) {
    ctx.status(status)
        .contentType("text/html; charset=utf-8")
        .result(html.getBytes(StandardCharsets.UTF_8));
  }

  private void refuse(PageException e, Context ctx) {
    boolean machine = ctx.path().startsWith("/api/") || ctx.path().startsWith("/export/");
    Request request = request(ctx);
    if (machine) {
      ctx.status(e.status())
          .json(Map.of("error", e.messageKey(), "reason", request.text().get(e.messageKey())));
    } else {
      html(ctx, e.status(), ErrorPage.render(request.view(), e.messageKey()));
    }
  }
}
