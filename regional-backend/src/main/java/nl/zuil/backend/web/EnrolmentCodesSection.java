package nl.zuil.backend.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.zuil.backend.enrolment.ActiveDevice;
import nl.zuil.backend.enrolment.OpenCode;

/**
 * The parts of the enrolment page about codes already made: the open codes with their expiry and a
 * revoke button each ({@code opencodes.jte}), and, before a code is made for a kiosk that is
 * enrolled already, what using it will revoke ({@code replace.jte}).
 */
final class EnrolmentCodesSection {

  private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  /** What {@code opencodes.jte} shows. */
  record OpenCodes(View view, List<Open> codes) {}

  /** One open code: for which kiosk where, made and valid until when. */
  record Open(
      String locationName, String locationCode, String kioskCode, String made, String expires) {}

  /**
   * What {@code replace.jte} shows: the code asked for, and the credentials it will revoke.
   *
   * @param hours the validity asked for, sent again when IT beheer confirms
   */
  record Replace(
      View view,
      String locationName,
      String locationCode,
      String kioskCode,
      int hours,
      List<Revoked> revokes) {}

  /** A credential the new code will revoke once used. */
  record Revoked(String deviceId, String enrolledAt) {}

  private EnrolmentCodesSection() {}

  static OpenCodes openCodes(View view, List<OpenCode> codes, Map<String, String> locationNames) {
    DateTimeFormatter time = time(view);
    return new OpenCodes(
        view,
        codes.stream()
            .map(
                c ->
                    new Open(
                        locationNames.getOrDefault(c.locationCode(), c.locationCode()),
                        c.locationCode(),
                        c.kioskCode(),
                        time.format(c.createdAt()),
                        time.format(c.expiresAt())))
            .toList());
  }

  static Replace replace(
      View view,
      String locationName,
      String locationCode,
      String kioskCode,
      int hours,
      List<ActiveDevice> revokes) {
    DateTimeFormatter time = time(view);
    return new Replace(
        view,
        locationName,
        locationCode,
        kioskCode,
        hours,
        revokes.stream().map(d -> new Revoked(d.deviceId(), time.format(d.enrolledAt()))).toList());
  }

  private static DateTimeFormatter time(View view) {
    return DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", view.language().locale())
        .withZone(NETHERLANDS);
  }
}
