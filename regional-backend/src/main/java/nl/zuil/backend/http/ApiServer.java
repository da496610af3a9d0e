package nl.zuil.backend.http;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.enrolment.EnrolledDevice;
import nl.zuil.backend.ingest.Rejection;
import nl.zuil.backend.store.StoreException;
import nl.zuil.backend.web.StaffPages;
import nl.zuil.backend.web.WebSettings;
import nl.zuil.regionapi.ApiError;
import nl.zuil.regionapi.BucketBatch;
import nl.zuil.regionapi.EnrolmentRequest;
import nl.zuil.regionapi.EnrolmentResponse;
import nl.zuil.regionapi.HealthReceipt;
import nl.zuil.regionapi.HealthReport;
import nl.zuil.regionapi.IngestReceipt;
import nl.zuil.regionapi.RegionApi;
import nl.zuil.regionapi.SlipCountBatch;
import nl.zuil.web.Https;
import nl.zuil.web.Keystore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The versioned JSON API (v1, the records and {@code openapi.yaml} of region-api): enrolment,
 * buckets, health. A request is answered only after its transaction committed, so an
 * acknowledgement is a promise. The same server serves the staff pages ({@link StaffPages}).
 */
public final class ApiServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  static final String OPENAPI = RegionApi.OPENAPI_RESOURCE;

  private final Javalin app;
  private final Backend backend;
  private final RequestBodies json = new RequestBodies();

  private ApiServer(Backend backend, ServerSettings settings, WebSettings web) {
    this.backend = backend;
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = settings.maxRequestBytes();
              config.jsonMapper(new JavalinJackson(json.mapper(), false));
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
    app.post("/api/v1/enrolments", this::enrol);
    app.post("/api/v1/buckets", this::buckets);
    app.post("/api/v1/health", this::health);
    app.post(RegionApi.REFERRAL_SLIPS, this::slipCounts);
    app.get(RegionApi.REFERRAL_KEY, this::slipKey);
    app.get(
        "/api/v1/catalogue",
        ctx -> new CatalogueHandler(backend.database()).serve(ctx, authenticate(ctx)));
    app.get("/api/v1/openapi.yaml", this::openApi);
    app.get("/healthz", ctx -> ctx.result("ok"));
    new StaffPages(backend, web, maxRequestBytes).register(app);
    app.exception(Rejection.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
    app.exception(
        StoreException.class,
        (e, ctx) -> {
          LOG.error("database failure on {}: {}", ctx.path(), e.getMessage());
          ctx.header("Retry-After", "5");
          error(ctx, 503, "unavailable", "the database is unavailable; nothing was stored");
        });
    app.exception(
        HttpResponseException.class,
        (e, ctx) -> error(ctx, e.getStatus(), "http_" + e.getStatus(), e.getMessage()));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("unexpected failure on {}", ctx.path(), e);
          error(ctx, 500, "internal", "internal error; nothing was stored");
        });
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
                        403,
                        "enrolment_refused",
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

  private void buckets(Context ctx) {
    Device device = authenticate(ctx);
    BucketBatch batch = body(ctx, BucketBatch.class);
    IngestReceipt receipt = backend.ingest().receive(device, batch);
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

  private void openApi(Context ctx) {
    try (InputStream document = ApiServer.class.getResourceAsStream(OPENAPI)) {
      ctx.contentType("application/yaml").result(document.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
          401, "unauthenticated", "a valid device credential is needed (Authorization: Bearer)");
    }
    return device.get();
  }

  private static void error(Context ctx, int status, String code, String reason) {
    ctx.status(status).json(new ApiError(code, reason));
  }

  private <T> T body(Context ctx, Class<T> type) {
    return json.read(ctx.header("Content-Type"), ctx.bodyAsBytes(), type);
  }

  @Override
  public void close() {
    app.stop();
  }
}
