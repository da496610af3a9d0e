package nl.zuil.backend.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.zuil.backend.enrolment.ActiveDevice;
import nl.zuil.backend.enrolment.IssuedCode;
import nl.zuil.backend.enrolment.OpenCode;
import nl.zuil.backend.region.Location;

/**
 * IT beheer makes a one-time enrolment code for a kiosk; the code is shown this once. The page also
 * lists the open codes, each revocable, and for a kiosk that is enrolled already says which key a
 * new code will revoke before it makes one.
 */
final class EnrolmentPage {

  /**
   * What {@code enrolment.jte} shows.
   *
   * @param notice what the last action did, in words
   * @param replace shown instead of a new code when the kiosk is enrolled already
   */
  record Model(
      View view,
      List<Location> locations,
      Optional<Issued> issued,
      Optional<String> problemKey,
      Optional<String> notice,
      Optional<EnrolmentCodesSection.Replace> replace,
      EnrolmentCodesSection.OpenCodes openCodes) {}

  /** The code just made, for whom, and until when it works. */
  record Issued(String kioskCode, String where, String code, String expires) {}

  private final View view;
  private final List<Location> locations;
  private final EnrolmentCodesSection.OpenCodes openCodes;

  EnrolmentPage(View view, List<Location> locations, List<OpenCode> openCodes) {
    this.view = view;
    this.locations = locations;
    this.openCodes = EnrolmentCodesSection.openCodes(view, openCodes, names());
  }

  String render(Optional<IssuedCode> issued, Optional<String> problemKey) {
    return Templates.render(
        "enrolment.jte",
        new Model(
            view,
            locations,
            issued.map(this::issued),
            problemKey,
            Optional.empty(),
            Optional.empty(),
            openCodes));
  }

  /** The page after a code was revoked. */
  String revoked(String kioskCode) {
    return Templates.render(
        "enrolment.jte",
        new Model(
            view,
            locations,
            Optional.empty(),
            Optional.empty(),
            Optional.of(view.t("enrolment.open.revoked", kioskCode)),
            Optional.empty(),
            openCodes));
  }

  /** The page asking IT beheer to confirm a code that will revoke {@code revokes}. */
  String confirmReplace(
      String locationCode, String kioskCode, int hours, List<ActiveDevice> revokes) {
    return Templates.render(
        "enrolment.jte",
        new Model(
            view,
            locations,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(
                EnrolmentCodesSection.replace(
                    view,
                    names().getOrDefault(locationCode, locationCode),
                    locationCode,
                    kioskCode,
                    hours,
                    revokes)),
            openCodes));
  }

  private Map<String, String> names() {
    return locations.stream().collect(Collectors.toMap(Location::code, Location::name));
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
