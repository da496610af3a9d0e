package nl.zuil.backend.web;

import static nl.zuil.backend.web.StaffRequests.html;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.audit.Actor;
import nl.zuil.backend.audit.AuditAction;
import nl.zuil.backend.enrolment.ActiveDevice;
import nl.zuil.backend.enrolment.IssuedCode;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.web.StaffRequests.StaffRequest;
import nl.zuil.catalogue.Codes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrolment codes for new kiosks, made by IT beheer for a location of their region: open codes are
 * listed and revocable, and a code for a kiosk that is enrolled already is made only after the page
 * said which key it will revoke.
 */
final class EnrolmentRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(EnrolmentRoutes.class);

  private final Backend backend;
  private final StaffRequests requests;

  EnrolmentRoutes(Backend backend, StaffRequests requests) {
    this.backend = backend;
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/enrolment", this::enrolmentForm);
    routes.post("/enrolment", this::enrol);
    routes.post("/enrolment/revoke", this::revoke);
  }

  private EnrolmentPage page(StaffRequest request, List<Location> locations) {
    return new EnrolmentPage(
        request.view(),
        locations,
        backend.enrolment().openCodes(request.user().regionCode()).stream()
            .filter(code -> locations.stream().anyMatch(l -> l.code().equals(code.locationCode())))
            .toList());
  }

  private StaffRequest requireEnrolment(Context ctx) {
    StaffRequest request = requests.page(ctx);
    if (!request.user().role().enrolsKiosks()) {
      throw PageException.forbidden();
    }
    return request;
  }

  private void enrolmentForm(Context ctx) {
    StaffRequest request = requireEnrolment(ctx);
    html(
        ctx,
        200,
        page(request, backend.regions().locations(request.user().regionCode()))
            .render(Optional.empty(), Optional.empty()));
  }

  private void enrol(Context ctx) {
    StaffRequest request = requireEnrolment(ctx);
    StaffRequests.requireCsrf(ctx, request);
    String region = request.user().regionCode();
    List<Location> locations = backend.regions().locations(region);
    String locationCode = Optional.ofNullable(ctx.formParam("location")).orElse("");
    if (locations.stream().noneMatch(l -> l.code().equals(locationCode))) {
      throw PageException.notFound();
    }
    EnrolmentPage page = page(request, locations);
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
    List<ActiveDevice> revokes = backend.enrolment().wouldRevoke(region, locationCode, kiosk);
    if (!revokes.isEmpty() && !"yes".equals(ctx.formParam("replace"))) {
      html(ctx, 200, page.confirmReplace(locationCode, kiosk, hours, revokes));
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
    backend
        .audit()
        .record(
            Actor.of(request.user()),
            AuditAction.ENROLMENT_CODE_CREATED,
            locationCode + "/" + kiosk);
    html(ctx, 200, page(request, locations).render(Optional.of(code), Optional.empty()));
  }

  private void revoke(Context ctx) {
    StaffRequest request = requireEnrolment(ctx);
    StaffRequests.requireCsrf(ctx, request);
    String region = request.user().regionCode();
    List<Location> locations = backend.regions().locations(region);
    String locationCode = Optional.ofNullable(ctx.formParam("location")).orElse("");
    String kiosk = Optional.ofNullable(ctx.formParam("kiosk")).orElse("");
    if (locations.stream().noneMatch(l -> l.code().equals(locationCode))
        || !Codes.SLUG.matcher(kiosk).matches()) {
      throw PageException.notFound();
    }
    boolean revoked = backend.enrolment().revokeCode(region, locationCode, kiosk);
    EnrolmentPage page = page(request, locations);
    if (!revoked) {
      html(ctx, 409, page.render(Optional.empty(), Optional.of("enrolment.open.gone")));
      return;
    }
    LOG.info(
        "Enrolment code for kiosk {} at {} ({}) revoked by {}",
        kiosk,
        locationCode,
        region,
        request.user().username());
    backend
        .audit()
        .record(
            Actor.of(request.user()),
            AuditAction.ENROLMENT_CODE_REVOKED,
            locationCode + "/" + kiosk);
    html(ctx, 200, page.revoked(kiosk));
  }
}
