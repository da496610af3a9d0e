package nl.zuil.backend.web;

import static nl.zuil.backend.web.StaffRequests.html;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.health.FleetStatus;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.web.StaffRequests.StaffRequest;

/** Kiosk health: the fleet page and its JSON, limited to the locations the reader may see. */
final class FleetRoutes {

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

  void register(RoutesConfig routes) {
    routes.get("/fleet", this::fleet);
    routes.get("/api/fleet", this::fleetJson);
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
    html(
        ctx,
        200,
        new FleetPage(
                request.view(), fleetOf(request.user(), visible), names, settings.silentAfter())
            .render());
  }

  private void fleetJson(Context ctx) {
    StaffRequest request = requests.api(ctx);
    ctx.json(
        fleetOf(request.user(), visible(request.user())).stream().map(FleetKiosk::of).toList());
  }
}
