package nl.zuil.backend.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.enrolment.IssuedCode;
import nl.zuil.backend.region.Location;

/** IT beheer makes a one-time enrolment code for a kiosk; the code is shown this once. */
final class EnrolmentPage {

  /** What {@code enrolment.jte} shows. */
  record Model(
      View view, List<Location> locations, Optional<Issued> issued, Optional<String> problemKey) {}

  /** The code just made, for whom, and until when it works. */
  record Issued(String kioskCode, String where, String code, String expires) {}

  private final View view;
  private final List<Location> locations;

  EnrolmentPage(View view, List<Location> locations) {
    this.view = view;
    this.locations = locations;
  }

  String render(Optional<IssuedCode> issued, Optional<String> problemKey) {
    return Templates.render(
        "enrolment.jte", new Model(view, locations, issued.map(this::issued), problemKey));
  }

  private Issued issued(IssuedCode code) {
    String where =
        locations.stream()
            .filter(l -> l.code().equals(code.locationCode()))
            .map(Location::name)
            .findFirst()
            .orElse(code.locationCode());
    return new Issued(
        code.kioskCode(),
        where,
        code.code(),
        DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", view.language().locale())
            .withZone(ZoneId.of("Europe/Amsterdam"))
            .format(code.expiresAt()));
  }
}
