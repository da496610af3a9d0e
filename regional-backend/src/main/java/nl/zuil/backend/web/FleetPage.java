package nl.zuil.backend.web;

import static nl.zuil.backend.web.Html.esc;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.zuil.backend.health.FleetStatus;

/**
 * Kiosk health for IT beheer (and, read-only, for statistics staff of the same inlooppunten):
 * silent kiosks and printer problems first.
 */
final class FleetPage {

  private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  private final View view;
  private final List<FleetStatus> kiosks;
  private final Map<String, String> locationNames;
  private final Duration silentAfter;

  FleetPage(
      View view,
      List<FleetStatus> kiosks,
      Map<String, String> locationNames,
      Duration silentAfter) {
    this.view = view;
    this.kiosks =
        kiosks.stream()
            .sorted(
                Comparator.comparing((FleetStatus k) -> !k.silent())
                    .thenComparing(k -> !k.printer().needsAttention())
                    .thenComparing(k -> locationNames.getOrDefault(k.health().locationCode(), ""))
                    .thenComparing(k -> k.health().kioskCode()))
            .toList();
    this.locationNames = locationNames;
    this.silentAfter = silentAfter;
  }

  String render() {
    StringBuilder main = new StringBuilder(8192);
    main.append("<h1>").append(view.t("fleet.title")).append("</h1>\n");
    long silent = kiosks.stream().filter(FleetStatus::silent).count();
    long printer = kiosks.stream().filter(k -> k.printer().needsAttention()).count();
    main.append("<p class=\"lead\" id=\"fleet-summary\">")
        .append(view.t("fleet.summary", kiosks.size(), silent, printer))
        .append("</p>\n<p class=\"note\">")
        .append(view.t("fleet.silent.rule", duration(silentAfter)))
        .append("</p>\n");
    if (kiosks.isEmpty()) {
      main.append("<p>").append(view.t("fleet.none")).append("</p>\n");
      return view.page(view.text().get("fleet.title"), "/fleet", main.toString(), false);
    }
    main.append("<div class=\"table\"><table class=\"fleet\">\n<caption>")
        .append(view.t("fleet.title"))
        .append("</caption>\n<thead><tr>");
    for (String key :
        List.of(
            "fleet.location",
            "fleet.kiosk",
            "fleet.status",
            "fleet.last",
            "fleet.printer",
            "fleet.version",
            "fleet.clock",
            "fleet.backlog")) {
      main.append("<th scope=\"col\">").append(view.t(key)).append("</th>");
    }
    main.append("</tr></thead>\n<tbody>\n");
    DateTimeFormatter time =
        DateTimeFormatter.ofPattern("d MMM HH:mm", view.language().locale()).withZone(NETHERLANDS);
    for (FleetStatus kiosk : kiosks) {
      boolean attention = kiosk.silent() || kiosk.printer().needsAttention() || kiosk.clockOff();
      main.append(attention ? "<tr class=\"attention\">" : "<tr>")
          .append("<th scope=\"row\">")
          .append(
              esc(
                  locationNames.getOrDefault(
                      kiosk.health().locationCode(), kiosk.health().locationCode())))
          .append("</th><td class=\"text\">")
          .append(esc(kiosk.health().kioskCode()))
          .append("</td><td class=\"text\">")
          .append(status(kiosk))
          .append("</td><td class=\"text\">")
          .append(esc(time.format(kiosk.health().receivedAt())))
          .append(" <small>(")
          .append(view.t("fleet.ago", duration(kiosk.sinceLastReport())))
          .append(")</small></td><td class=\"text\">")
          .append(view.t("printer." + kiosk.printer().name()))
          .append("</td><td class=\"text\">")
          .append(esc(kiosk.health().appVersion()))
          .append("</td><td class=\"text\">")
          .append(
              kiosk.clockOff()
                  ? view.t("fleet.clock.off", kiosk.health().clockOffsetMillis() / 1000)
                  : view.t("fleet.clock.ok"))
          .append("</td><td>")
          .append(kiosk.health().pendingRevisions())
          .append("</td></tr>\n");
    }
    main.append("</tbody>\n</table></div>\n");
    return view.page(view.text().get("fleet.title"), "/fleet", main.toString(), false);
  }

  private String status(FleetStatus kiosk) {
    StringBuilder badges = new StringBuilder();
    if (kiosk.silent()) {
      badges.append("<span class=\"badge bad\">").append(view.t("fleet.silent")).append("</span> ");
    }
    if (kiosk.printer().needsAttention()) {
      badges
          .append("<span class=\"badge warn\">")
          .append(view.t("printer." + kiosk.printer().name()))
          .append("</span> ");
    }
    if (kiosk.clockOff()) {
      badges
          .append("<span class=\"badge warn\">")
          .append(view.t("fleet.clock.off", kiosk.health().clockOffsetMillis() / 1000))
          .append("</span>");
    }
    return badges.length() == 0
        ? "<span class=\"badge good\">" + view.t("fleet.ok") + "</span>"
        : badges.toString().strip();
  }

  String duration(Duration duration) {
    if (duration.toMinutes() < 120) {
      return view.text().get("duration.minutes", duration.toMinutes());
    }
    if (duration.toHours() < 48) {
      return view.text().get("duration.hours", duration.toHours());
    }
    return view.text().get("duration.days", duration.toDays());
  }
}
