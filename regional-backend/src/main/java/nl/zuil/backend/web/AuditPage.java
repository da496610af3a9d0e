package nl.zuil.backend.web;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.zuil.backend.audit.Actor;
import nl.zuil.backend.audit.AuditEntry;

/** The region's latest staff actions in words, for {@code audit.jte}. */
final class AuditPage {

  private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  /** What {@code audit.jte} shows. */
  record Model(View view, List<Row> rows, long keptDays) {}

  /** One action: when, who (name and role), what, on what. */
  record Row(String at, String who, String role, String action, String target) {}

  private AuditPage() {}

  static String render(View view, List<AuditEntry> entries, Duration kept) {
    DateTimeFormatter time =
        DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", view.language().locale())
            .withZone(NETHERLANDS);
    return Templates.render(
        "audit.jte",
        new Model(
            view,
            entries.stream()
                .map(
                    e ->
                        new Row(
                            time.format(e.at()),
                            e.username().equals(Actor.COMMAND_LINE)
                                ? view.t("audit.commandLine")
                                : e.username(),
                            e.role().equals(Actor.COMMAND_LINE)
                                ? ""
                                : view.t("audit.role." + e.role()),
                            view.t("audit." + e.action().code()),
                            e.target()))
                .toList(),
            kept.toDays()));
  }
}
