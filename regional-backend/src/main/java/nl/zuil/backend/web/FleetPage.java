package nl.zuil.backend.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.zuil.backend.health.FleetStatus;
import nl.zuil.backend.health.LastStart;
import nl.zuil.backend.health.LedgerDisk;

/**
 * Kiosk health for IT beheer (and, read-only, for statistics staff of the same inlooppunten):
 * silent kiosks and printer problems first.
 */
final class FleetPage {

  private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
  private static final long MEGABYTE = 1024 * 1024;

  /** What {@code fleet.jte} shows; {@code manages} links each kiosk to its own page. */
  record Model(
      View view, List<Kiosk> kiosks, long silent, long printerProblems, String silentAfter) {}

  /**
   * One kiosk's row, in words.
   *
   * @param badges what needs attention; none means all is well
   * @param page the kiosk's own page (deliveries, quarantine), empty for readers who may not open
   *     it
   */
  record Kiosk(
      boolean attention,
      String location,
      String code,
      String page,
      List<Badge> badges,
      String lastReport,
      String ago,
      String printer,
      String appVersion,
      String clock,
      long backlog,
      String lastStart,
      String catalogue,
      String disk) {}

  /**
   * @param kind {@code bad} or {@code warn}, the badge's style
   */
  record Badge(String kind, String text) {}

  private final View view;
  private final List<FleetStatus> kiosks;
  private final Map<String, String> locationNames;
  private final Duration silentAfter;
  private final Set<String> quarantined;
  private final boolean linksKiosks;
  private final Optional<Integer> publishedCatalogue;

  /**
   * @param quarantined the kiosks whose counts are out of the statistics, as {@link #key}
   * @param linksKiosks whether the reader may open a kiosk's own page
   * @param publishedCatalogue the region's published catalogue version; empty before the first
   */
  FleetPage(
      View view,
      List<FleetStatus> kiosks,
      Map<String, String> locationNames,
      Duration silentAfter,
      Set<String> quarantined,
      boolean linksKiosks,
      Optional<Integer> publishedCatalogue) {
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
    this.quarantined = Set.copyOf(quarantined);
    this.linksKiosks = linksKiosks;
    this.publishedCatalogue = publishedCatalogue;
  }

  /** How a kiosk is named in {@code quarantined}. */
  static String key(String locationCode, String kioskCode) {
    return locationCode + "/" + kioskCode;
  }

  /** The address of a kiosk's own page. */
  static String kioskPage(String locationCode, String kioskCode) {
    return "/fleet/kiosk?location=" + Html.url(locationCode) + "&kiosk=" + Html.url(kioskCode);
  }

  String render() {
    DateTimeFormatter time =
        DateTimeFormatter.ofPattern("d MMM HH:mm", view.language().locale()).withZone(NETHERLANDS);
    return Templates.render(
        "fleet.jte",
        new Model(
            view,
            kiosks.stream().map(k -> row(k, time)).toList(),
            kiosks.stream().filter(FleetStatus::silent).count(),
            kiosks.stream().filter(k -> k.printer().needsAttention()).count(),
            duration(silentAfter)));
  }

  private Kiosk row(FleetStatus kiosk, DateTimeFormatter time) {
    String clockOff = view.t("fleet.clock.off", kiosk.health().clockOffsetMillis() / 1000);
    boolean inQuarantine = isQuarantined(kiosk);
    return new Kiosk(
        kiosk.silent()
            || kiosk.printer().needsAttention()
            || kiosk.clockOff()
            || kiosk.health().setAsideBuckets() > 0
            || inQuarantine
            || startFailed(kiosk)
            || catalogueBehind(kiosk)
            || diskNeedsSomeone(kiosk),
        locationNames.getOrDefault(kiosk.health().locationCode(), kiosk.health().locationCode()),
        kiosk.health().kioskCode(),
        linksKiosks ? kioskPage(kiosk.health().locationCode(), kiosk.health().kioskCode()) : "",
        badges(kiosk, clockOff, time),
        time.format(kiosk.health().receivedAt()),
        duration(kiosk.sinceLastReport()),
        view.t("printer." + kiosk.printer().name()),
        kiosk.health().appVersion(),
        kiosk.clockOff() ? clockOff : view.t("fleet.clock.ok"),
        kiosk.health().pendingRevisions(),
        lastStart(kiosk, time),
        catalogue(kiosk, time),
        disk(kiosk));
  }

  private static boolean diskNeedsSomeone(FleetStatus kiosk) {
    return kiosk
        .health()
        .disk()
        .filter(d -> d.lowOnSpace() || d.refusesWrites(kiosk.health().reportedAt()))
        .isPresent();
  }

  /** The space left under the ledger, in megabytes below a gigabyte. */
  private String disk(FleetStatus kiosk) {
    return kiosk
        .health()
        .disk()
        .map(d -> view.t("fleet.disk.free", space(d.freeBytes())))
        .orElse(view.t("fleet.disk.unknown"));
  }

  private String space(long bytes) {
    long megabytes = bytes / MEGABYTE;
    if (megabytes < 1024) {
      return view.t("fleet.disk.megabytes", megabytes);
    }
    return view.t(
        "fleet.disk.gigabytes",
        String.format(view.language().locale(), "%.1f", megabytes / 1024.0));
  }

  private static boolean startFailed(FleetStatus kiosk) {
    return kiosk.health().lastStart().filter(s -> s.state().equals(LastStart.FAILED)).isPresent();
  }

  private boolean catalogueBehind(FleetStatus kiosk) {
    return kiosk.health().lastStart().filter(s -> s.behind(publishedCatalogue)).isPresent();
  }

  /** The kiosk's version and how its last start went: after an update, the update's result. */
  private String lastStart(FleetStatus kiosk, DateTimeFormatter time) {
    return kiosk
        .health()
        .lastStart()
        .map(
            s ->
                view.t(
                    "fleet.start." + s.state(),
                    time.format(s.state().equals(LastStart.FAILED) ? s.stateAt() : s.startedAt()),
                    s.kioskVersion()))
        .orElse(view.t("fleet.start.unknown"));
  }

  /** The catalogue the kiosk's screens show since when, beside the published one. */
  private String catalogue(FleetStatus kiosk, DateTimeFormatter time) {
    String inUse =
        kiosk
            .health()
            .lastStart()
            .filter(s -> s.catalogueVersion().isPresent() && s.catalogueSince().isPresent())
            .map(
                s ->
                    view.t(
                        "fleet.catalogue.inUse",
                        s.catalogueVersion().get(),
                        time.format(s.catalogueSince().get())))
            .orElse(view.t("fleet.catalogue.unknown"));
    return publishedCatalogue
        .map(v -> inUse + " (" + view.t("fleet.catalogue.published", v) + ")")
        .orElse(inUse);
  }

  private boolean isQuarantined(FleetStatus kiosk) {
    return quarantined.contains(key(kiosk.health().locationCode(), kiosk.health().kioskCode()));
  }

  private List<Badge> badges(FleetStatus kiosk, String clockOff, DateTimeFormatter time) {
    List<Badge> badges = new ArrayList<>();
    if (isQuarantined(kiosk)) {
      badges.add(new Badge("bad", view.t("fleet.quarantined")));
    }
    if (kiosk.silent()) {
      badges.add(new Badge("bad", view.t("fleet.silent")));
    }
    if (kiosk.printer().needsAttention()) {
      badges.add(new Badge("warn", view.t("printer." + kiosk.printer().name())));
    }
    if (kiosk.health().setAsideBuckets() > 0) {
      badges.add(new Badge("warn", view.t("fleet.setAside", kiosk.health().setAsideBuckets())));
    }
    if (kiosk.clockOff()) {
      badges.add(new Badge("warn", clockOff));
    }
    kiosk.health().disk().ifPresent(d -> diskBadges(kiosk, d, time, badges));
    kiosk
        .health()
        .lastStart()
        .filter(s -> s.state().equals(LastStart.FAILED))
        .ifPresent(
            s -> badges.add(new Badge("bad", view.t("fleet.start.failedBadge", s.kioskVersion()))));
    kiosk
        .health()
        .lastStart()
        .filter(s -> s.behind(publishedCatalogue))
        .ifPresent(
            s ->
                badges.add(
                    new Badge(
                        "warn",
                        view.t(
                            "fleet.catalogue.behind",
                            s.catalogueVersion().get(),
                            publishedCatalogue.get()))));
    return badges;
  }

  /**
   * Visits waiting for the disk first, then a refused write in the last hour (a visitor saw the
   * error), then little space left: the kiosk console's order (decision 0011).
   */
  private void diskBadges(
      FleetStatus kiosk, LedgerDisk disk, DateTimeFormatter time, List<Badge> badges) {
    Optional<Instant> recent = disk.recentFailure(kiosk.health().reportedAt());
    if (disk.heldVisits() > 0) {
      badges.add(new Badge("bad", view.t("fleet.disk.held", disk.heldVisits())));
    } else if (recent.isPresent()) {
      badges.add(new Badge("bad", view.t("fleet.disk.failed", time.format(recent.get()))));
    }
    if (disk.lowOnSpace()) {
      badges.add(new Badge("warn", view.t("fleet.disk.low", space(disk.freeBytes()))));
    }
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
