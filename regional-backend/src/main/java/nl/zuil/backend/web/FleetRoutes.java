package nl.zuil.backend.web;

import static nl.zuil.backend.web.StaffRequests.html;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.audit.Actor;
import nl.zuil.backend.audit.AuditAction;
import nl.zuil.backend.health.FleetStatus;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.ingest.Quarantine;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.region.PublishedCatalogues;
import nl.zuil.backend.region.PublishedCatalogues.Published;
import nl.zuil.backend.web.StaffRequests.StaffRequest;
import nl.zuil.catalogue.Codes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kiosk health: the fleet page and its JSON, limited to the locations the reader may see; for IT
 * beheer also a kiosk's own page with its latest deliveries and its quarantine (decision 0208).
 */
final class FleetRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(FleetRoutes.class);

  private final Backend backend;
  private final WebSettings settings;
  private final StaffRequests requests;

  /** One kiosk in {@code /api/fleet}. */
  record FleetKiosk(
      String location,
      String kiosk,
      String lastReport,
      boolean silent,
      String printer,
      String appVersion,
      long clockOffsetMillis,
      long pendingRevisions,
      long setAsideBuckets) {

    static FleetKiosk of(FleetStatus status) {
      return new FleetKiosk(
          status.health().locationCode(),
          status.health().kioskCode(),
          status.health().receivedAt().toString(),
          status.silent(),
          status.printer().name(),
          status.health().appVersion(),
          status.health().clockOffsetMillis(),
          status.health().pendingRevisions(),
          status.health().setAsideBuckets());
    }
  }

  FleetRoutes(Backend backend, WebSettings settings, StaffRequests requests) {
    this.backend = backend;
    this.settings = settings;
    this.requests = requests;
  }

  /** How many of a kiosk's latest deliveries its page lists. */
  static final int INGESTS_SHOWN = 50;

  void register(RoutesConfig routes) {
    routes.get("/fleet", this::fleet);
    routes.get("/api/fleet", this::fleetJson);
    routes.get("/fleet/kiosk", this::kiosk);
    routes.post("/fleet/quarantine", this::quarantine);
  }

  private List<FleetStatus> fleetOf(StaffUser user, List<Location> visible) {
    Set<String> codes = visible.stream().map(Location::code).collect(Collectors.toSet());
    return FleetStatus.of(
            backend.healthStore().region(user.regionCode()),
            backend.clock().instant(),
            settings.silentAfter())
        .stream()
        .filter(k -> codes.contains(k.health().locationCode()))
        .toList();
  }

  private List<Location> visible(StaffUser user) {
    return user.visible(backend.regions().locations(user.regionCode()));
  }

  private void fleet(Context ctx) {
    StaffRequest request = requests.page(ctx);
    List<Location> visible = visible(request.user());
    Map<String, String> names = new HashMap<>();
    visible.forEach(l -> names.put(l.code(), l.name()));
    Set<String> quarantined =
        backend.quarantine().region(request.user().regionCode()).stream()
            .map(k -> FleetPage.key(k.locationCode(), k.kioskCode()))
            .collect(Collectors.toSet());
    html(
        ctx,
        200,
        new FleetPage(
                request.view(),
                fleetOf(request.user(), visible),
                names,
                settings.silentAfter(),
                quarantined,
                request.user().role().managesKiosks(),
                new PublishedCatalogues(backend.database())
                    .current(request.user().regionCode())
                    .map(Published::version))
            .render());
  }

  /** A kiosk of the reader's region that IT beheer may manage, from the request's fields. */
  private record ManagedKiosk(StaffRequest request, Location location, String kioskCode) {}

  private ManagedKiosk managed(StaffRequest request, String locationCode, String kioskCode) {
    if (!request.user().role().managesKiosks()) {
      throw PageException.forbidden();
    }
    Location location =
        visible(request.user()).stream()
            .filter(l -> l.code().equals(locationCode))
            .findFirst()
            .orElseThrow(PageException::notFound);
    if (kioskCode == null || !Codes.SLUG.matcher(kioskCode).matches()) {
      throw PageException.notFound();
    }
    return new ManagedKiosk(request, location, kioskCode);
  }

  private void kiosk(Context ctx) {
    ManagedKiosk kiosk =
        managed(requests.page(ctx), ctx.queryParam("location"), ctx.queryParam("kiosk"));
    String region = kiosk.request().user().regionCode();
    String location = kiosk.location().code();
    html(
        ctx,
        200,
        KioskIngestsPage.render(
            kiosk.request().view(),
            kiosk.location().name(),
            location,
            kiosk.kioskCode(),
            backend.quarantine().region(region).stream()
                .filter(q -> q.locationCode().equals(location))
                .filter(q -> q.kioskCode().equals(kiosk.kioskCode()))
                .map(Quarantine.Kiosk::since)
                .findFirst(),
            backend.ingestLog().recent(region, location, kiosk.kioskCode(), INGESTS_SHOWN),
            backend.ingestLog().retention()));
  }

  private void quarantine(Context ctx) {
    StaffRequest request = requests.page(ctx);
    StaffRequests.requireCsrf(ctx, request);
    ManagedKiosk kiosk = managed(request, ctx.formParam("location"), ctx.formParam("kiosk"));
    String region = request.user().regionCode();
    String location = kiosk.location().code();
    String action = Optional.ofNullable(ctx.formParam("action")).orElse("");
    boolean changed;
    if (action.equals("quarantine")) {
      try {
        changed = backend.quarantine().quarantine(region, location, kiosk.kioskCode());
      } catch (IllegalArgumentException e) {
        throw new PageException(400, "kiosk.unknown");
      }
    } else if (action.equals("release")) {
      changed = backend.quarantine().release(region, location, kiosk.kioskCode());
    } else {
      throw PageException.badRequest();
    }
    if (changed) {
      LOG.info(
          "Kiosk {} at {} ({}) {} by {}",
          kiosk.kioskCode(),
          location,
          region,
          action.equals("quarantine") ? "quarantined" : "released",
          request.user().username());
      backend
          .audit()
          .record(
              Actor.of(request.user()),
              action.equals("quarantine")
                  ? AuditAction.KIOSK_QUARANTINED
                  : AuditAction.KIOSK_RELEASED,
              location + "/" + kiosk.kioskCode());
    }
    throw new Redirect(FleetPage.kioskPage(location, kiosk.kioskCode()));
  }

  private void fleetJson(Context ctx) {
    StaffRequest request = requests.api(ctx);
    ctx.json(
        fleetOf(request.user(), visible(request.user())).stream().map(FleetKiosk::of).toList());
  }
}
