package nl.zuil.backend.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.enrolment.EnrolledDevice;
import nl.zuil.backend.ingest.Rejection;
import nl.zuil.backend.store.StoreException;
import nl.zuil.backend.web.StaffPages;
import nl.zuil.backend.web.WebSettings;
import nl.zuil.regionapi.BucketBatch;
import nl.zuil.regionapi.EnrolmentRequest;
import nl.zuil.regionapi.EnrolmentResponse;
import nl.zuil.regionapi.HealthReceipt;
import nl.zuil.regionapi.HealthReport;
import nl.zuil.regionapi.IngestReceipt;
import nl.zuil.regionapi.Problem;
import nl.zuil.regionapi.ProblemType;
import nl.zuil.regionapi.RegionApi;
import nl.zuil.regionapi.SlipCountBatch;
import nl.zuil.web.Https;
import nl.zuil.web.Keystore;
import nl.zuil.web.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The versioned JSON API (v1, the records and {@code openapi.yaml} of region-api): enrolment,
 * buckets, health. A request is answered only after its transaction committed, so an
 * acknowledgement is a promise. The same server serves the staff pages ({@link StaffPages}).
 *
 * <p>Every answer carries the security headers (data only: no scripts, no framing; the staff pages
 * put their own policy over it), every API answer its {@code API-Version}, every refusal and
 * failure is an RFC 9457 problem (decisions 0212 and 0213). HTML pages are never compressed: they
 * carry a CSRF token next to what the reader asked for (BREACH); everything else still is.
 */
public final class ApiServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  /**
   * What the API's answers need, and what a page's own policy replaces (see {@link StaffPages}).
   */
  private static final SecurityHeaders HEADERS =
      new SecurityHeaders(SecurityHeaders.NOTHING, "no-referrer");

  private final Javalin app;
  private final Backend backend;
  private final RequestBodies json = new RequestBodies();
  private final OpenApiDocument openApi = OpenApiDocument.load();

  private ApiServer(Backend backend, ServerSettings settings, WebSettings web) {
    this.backend = backend;
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = settings.maxRequestBytes();
              config.jsonMapper(new JavalinJackson(json.mapper(), false));
              config.http.compressionStrategy = compressionOtherThanPages();
              HEADERS.onEveryAnswer(config);
              settings
                  .tls()
                  .ifPresentOrElse(
                      tls ->
                          Https.listen(
                              config,
                              settings.host(),
                              settings.port(),
                              new Keystore(tls.keystore(), tls.password())),
                      () -> Https.listenPlain(config, settings.host(), settings.port()));
              routes(config.routes, web, settings.maxRequestBytes());
            });
    if (settings.tls().isEmpty()) {
      LOG.warn(
          "Serving PLAIN HTTP on {}:{}: credentials and counts travel unencrypted. Demo only.",
          settings.host(),
          settings.port());
    }
  }

  private void routes(RoutesConfig app, WebSettings web, long maxRequestBytes) {
    app.before(
        RegionApi.BASE + "/*", ctx -> ctx.header(RegionApi.VERSION_HEADER, RegionApi.VERSION));
    app.post(RegionApi.ENROLMENTS, this::enrol);
    app.post(RegionApi.BUCKETS, this::buckets);
    app.post(RegionApi.HEALTH, this::health);
    app.post(RegionApi.REFERRAL_SLIPS, this::slipCounts);
    app.get(RegionApi.REFERRAL_KEY, this::slipKey);
    app.get(
        RegionApi.CATALOGUE,
        ctx -> new CatalogueHandler(backend.database()).serve(ctx, authenticate(ctx)));
    app.get(
        RegionApi.CATALOGUE_CLIP,
        ctx -> new ClipHandler(backend.database()).serve(ctx, authenticate(ctx)));
    app.get(RegionApi.OPENAPI, ctx -> openApi.serveYaml(ctx));
    app.get(RegionApi.OPENAPI_JSON, ctx -> openApi.serveJson(ctx));
    app.get("/healthz", ctx -> ctx.result("ok"));
    new StaffPages(backend, web, maxRequestBytes).register(app);
    app.exception(Rejection.class, (e, ctx) -> problem(ctx, Problem.of(e.type(), e.getMessage())));
    app.exception(
        StoreException.class,
        (e, ctx) -> {
          LOG.error("database failure on {}: {}", ctx.path(), e.getMessage());
          ctx.header("Retry-After", "5");
          problem(
              ctx,
              Problem.of(
                  ProblemType.UNAVAILABLE, "the database is unavailable; nothing was stored"));
        });
    app.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, asProblem(ctx, e)));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("unexpected failure on {}", ctx.path(), e);
          problem(ctx, Problem.of(ProblemType.INTERNAL, "internal error; nothing was stored"));
        });
  }

  /**
   * A refusal from the router or Javalin (no such path, a body over the limit): of the API's type
   * for that status where there is exactly one, else a bare status.
   */
  private static Problem asProblem(Context ctx, HttpResponseException e) {
    int status = e.getStatus();
    return ProblemType.forStatus(status)
        .filter(type -> ctx.path().startsWith(RegionApi.BASE + "/"))
        .map(type -> Problem.of(type, e.getMessage()))
        .orElseGet(
            () ->
                Problem.ofStatus(
                    status, HttpStatus.forStatus(status).getMessage(), e.getMessage()));
  }

  /**
   * Gzip for everything but HTML: the staff pages carry a CSRF token beside text the reader chose
   * (a period, a filter), which is what BREACH needs to read the token from compressed sizes.
   * Scripts, JSON and exports carry no secret and shrink to a quarter.
   */
  private static CompressionStrategy compressionOtherThanPages() {
    CompressionStrategy gzip = new CompressionStrategy(null, new Gzip());
    List<String> excluded = new ArrayList<>(gzip.getExcludedMimeTypes());
    excluded.add("text/html");
    gzip.setExcludedMimeTypes(excluded);
    return gzip;
  }

  /**
   * Starts the API and the staff pages with default page settings; {@code settings.port()} 0 picks
   * a free port, see {@link #port()}.
   */
  public static ApiServer start(Backend backend, ServerSettings settings) {
    return start(backend, settings, WebSettings.defaults(settings.tls().isPresent()));
  }

  public static ApiServer start(Backend backend, ServerSettings settings, WebSettings web) {
    ApiServer server = new ApiServer(backend, settings, web);
    server.app.start();
    LOG.info("Zuil backend listening on {}:{}", settings.host(), server.port());
    return server;
  }

  public int port() {
    return Https.port(app);
  }

  private void enrol(Context ctx) {
    EnrolmentRequest request = body(ctx, EnrolmentRequest.class);
    if (request.enrolmentCode() == null || request.enrolmentCode().isBlank()) {
      throw Rejection.invalid("enrolmentCode is missing");
    }
    EnrolledDevice enrolled =
        backend
            .enrolment()
            .enrol(request.enrolmentCode())
            .orElseThrow(
                () ->
                    new Rejection(
                        ProblemType.ENROLMENT_REFUSED,
                        "this enrolment code is unknown, already used or expired; ask for a new"
                            + " one"));
    Device device = enrolled.device();
    LOG.info(
        "Enrolled device {} for kiosk {} at {} ({})",
        device.id(),
        device.kioskCode(),
        device.locationCode(),
        device.regionCode());
    ctx.status(201)
        .json(
            new EnrolmentResponse(
                device.id(),
                enrolled.credential(),
                device.regionCode(),
                device.locationCode(),
                device.kioskCode()));
  }

  /**
   * The credential, the batch's codes, its buckets and its log entry in one transaction: one
   * connection held (SQLite has only one) and one commit per delivery. The body is in memory before
   * it starts, so no transaction waits on a slow sender; the credential is still checked before the
   * body is read as JSON.
   */
  private void buckets(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    IngestReceipt receipt =
        backend
            .database()
            .inTransaction(
                c -> {
                  Device device = authenticate(ctx);
                  BucketBatch batch =
                      json.read(ctx.header("Content-Type"), body, BucketBatch.class);
                  return backend.ingest().receive(device, batch);
                });
    ctx.json(receipt);
  }

  private void health(Context ctx) {
    Device device = authenticate(ctx);
    HealthReport report = body(ctx, HealthReport.class);
    Duration offset = backend.health().receive(device, report);
    ctx.json(new HealthReceipt(Instant.now(backend.clock()).toString(), offset.toMillis()));
  }

  private void slipCounts(Context ctx) {
    Device device = authenticate(ctx);
    SlipCountBatch batch = body(ctx, SlipCountBatch.class);
    ctx.json(backend.issuedSlips().receive(device, batch));
  }

  /** The slip key of the kiosk's location; slips link to this server as the agent reaches it. */
  private void slipKey(Context ctx) {
    Device device = authenticate(ctx);
    ctx.header("Cache-Control", "no-store")
        .json(
            backend
                .referrals()
                .keyFor(
                    device.regionCode(), device.locationCode(), ctx.scheme() + "://" + ctx.host()));
  }

  private Device authenticate(Context ctx) {
    String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    Optional<Device> device =
        header.startsWith("Bearer ")
            ? backend.enrolment().authenticate(header.substring("Bearer ".length()).trim())
            : Optional.empty();
    if (device.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new Rejection(
          ProblemType.UNAUTHENTICATED,
          "a valid device credential is needed (Authorization: Bearer)");
    }
    return device.get();
  }

  private void problem(Context ctx, Problem problem) {
    try {
      ctx.status(problem.status())
          .contentType(Problem.MEDIA_TYPE)
          .result(json.mapper().writeValueAsBytes(problem));
    } catch (JsonProcessingException e) {
      // A record of strings and an int always serialises; this would be a bug in the record.
      throw new IllegalStateException("cannot write a problem", e);
    }
  }

  private <T> T body(Context ctx, Class<T> type) {
    return json.read(ctx.header("Content-Type"), ctx.bodyAsBytes(), type);
  }

  @Override
  public void close() {
    app.stop();
  }
}
