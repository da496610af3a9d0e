package nl.zuil.backend.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.ingest.IngestEntry;

/**
 * One kiosk for IT beheer: what its devices delivered lately (counts only) and whether its counts
 * are in quarantine, with the button that changes that (decision 0208).
 */
final class KioskIngestsPage {

  private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  /**
   * What {@code kiosk.jte} shows.
   *
   * @param quarantinedSince when the kiosk's counts left the statistics; empty when they count
   */
  record Model(
      View view,
      String locationName,
      String locationCode,
      String kioskCode,
      Optional<String> quarantinedSince,
      List<Row> ingests,
      long keptDays) {}

  /** One accepted delivery, in words. */
  record Row(
      String received,
      String device,
      String ledger,
      int buckets,
      int changed,
      long visits,
      String days) {}

  private KioskIngestsPage() {}

  static String render(
      View view,
      String locationName,
      String locationCode,
      String kioskCode,
      Optional<Instant> quarantinedSince,
      List<IngestEntry> ingests,
      Duration kept) {
    DateTimeFormatter time =
        DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", view.language().locale())
            .withZone(NETHERLANDS);
    DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", view.language().locale());
    return Templates.render(
        "kiosk.jte",
        new Model(
            view,
            locationName,
            locationCode,
            kioskCode,
            quarantinedSince.map(time::format),
            ingests.stream()
                .map(
                    e ->
                        new Row(
                            time.format(e.receivedAt()),
                            e.deviceId(),
                            e.ledgerId(),
                            e.buckets(),
                            e.applied(),
                            e.visitsApplied(),
                            e.firstDay().equals(e.lastDay())
                                ? day.format(e.firstDay())
                                : day.format(e.firstDay()) + " – " + day.format(e.lastDay())))
                .toList(),
            kept.toDays()));
  }
}
