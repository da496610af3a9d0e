package nl.zuil.backend.web;

import static nl.zuil.backend.web.StaffRequests.html;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.enrolment.IssuedCode;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.web.StaffRequests.StaffRequest;
import nl.zuil.catalogue.Codes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Enrolment codes for new kiosks, made by IT beheer for a location of their region. */
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
        new EnrolmentPage(request.view(), backend.regions().locations(request.user().regionCode()))
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
}
