package nl.zuil.backend.web;

import static nl.zuil.backend.web.Html.esc;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.enrolment.IssuedCode;
import nl.zuil.backend.region.Location;

/** IT beheer makes a one-time enrolment code for a kiosk; the code is shown this once. */
final class EnrolmentPage {

  private final View view;
  private final List<Location> locations;

  EnrolmentPage(View view, List<Location> locations) {
    this.view = view;
    this.locations = locations;
  }

  String render(Optional<IssuedCode> issued, Optional<String> problemKey) {
    StringBuilder main = new StringBuilder(4096);
    main.append("<h1>")
        .append(view.t("enrolment.title"))
        .append("</h1>\n<p class=\"lead\">")
        .append(view.t("enrolment.intro"))
        .append("</p>\n");
    issued.ifPresent(code -> issued(main, code));
    problemKey.ifPresent(
        key ->
            main.append("<p class=\"warning\" role=\"alert\">")
                .append(view.t(key))
                .append("</p>\n"));
    main.append("<form class=\"enrol\" method=\"post\" action=\"/enrolment\">")
        .append(view.csrfField())
        .append("\n<label>")
        .append(view.t("enrolment.location"))
        .append(" <select name=\"location\" required>");
    for (Location location : locations) {
      main.append("<option value=\"")
          .append(esc(location.code()))
          .append("\">")
          .append(esc(location.name()))
          .append(" (")
          .append(esc(location.municipality()))
          .append(")</option>");
    }
    main.append("</select></label>\n<label>")
        .append(view.t("enrolment.kiosk"))
        .append(" <input name=\"kiosk\" required maxlength=\"40\" value=\"zuil-1\"")
        .append(" aria-describedby=\"kiosk-hint\"></label><p class=\"hint\" id=\"kiosk-hint\">")
        .append(view.t("enrolment.kiosk.hint"))
        .append("</p>\n<label>")
        .append(view.t("enrolment.hours"))
        .append(
            " <input name=\"hours\" type=\"number\" min=\"1\" max=\"720\" value=\"24\"></label>\n")
        .append("<button type=\"submit\">")
        .append(view.t("enrolment.submit"))
        .append("</button>\n</form>\n");
    return view.page(view.text().get("enrolment.title"), "/enrolment", main.toString(), false);
  }

  private void issued(StringBuilder main, IssuedCode code) {
    String where =
        locations.stream()
            .filter(l -> l.code().equals(code.locationCode()))
            .map(Location::name)
            .findFirst()
            .orElse(code.locationCode());
    main.append("<section class=\"issued\" role=\"status\"><h2>")
        .append(view.t("enrolment.code", code.kioskCode(), where))
        .append("</h2><p class=\"code\" id=\"enrolment-code\">")
        .append(esc(code.code()))
        .append("</p><p>")
        .append(
            view.t(
                "enrolment.code.expires",
                DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", view.language().locale())
                    .withZone(ZoneId.of("Europe/Amsterdam"))
                    .format(code.expiresAt())))
        .append("</p></section>\n");
  }
}
