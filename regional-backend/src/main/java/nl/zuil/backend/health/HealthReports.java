package nl.zuil.backend.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.ingest.PhysicalLimits;
import nl.zuil.backend.ingest.Rejection;
import nl.zuil.regionapi.HealthReport;
import nl.zuil.regionapi.ProblemType;

/** Receives kiosk health reports and keeps the last one of each kiosk. */
public final class HealthReports {

  // A version string like 0.1.0-SNAPSHOT or 1.4.2+build.7; nothing that could hold a sentence.
  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z.+_-]{1,40}");

  // A Debian package version like 0.1.0~20261207T030000 or 0.1.0~20261207T030000+update1.
  private static final Pattern PACKAGE_VERSION = Pattern.compile("[0-9A-Za-z.+~_-]{1,60}");

  private static final Set<String> START_STATES =
      Set.of(LastStart.STARTING, LastStart.SHOWN, LastStart.FAILED);

  private final HealthStore store;
  private final Clock clock;

  public HealthReports(HealthStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Stores {@code report} as the sender's current health.
   *
   * @return the kiosk's clock minus ours
   * @throws Rejection when the report names another kiosk or is malformed
   */
  public Duration receive(Device sender, HealthReport report) {
    if (!sender.locationCode().equals(report.locationCode())
        || !sender.kioskCode().equals(report.kioskCode())) {
      throw new Rejection(
          ProblemType.NOT_YOUR_KIOSK, "this credential cannot report for another kiosk");
    }
    if (report.appVersion() == null || !VERSION.matcher(report.appVersion()).matches()) {
      throw Rejection.invalid("appVersion must be a version like 1.2.0, at most 40 characters");
    }
    if (report.ledger() == null) {
      throw Rejection.invalid("ledger is missing");
    }
    HealthReport.Ledger ledger = report.ledger();
    within("ledger.fileBytes", ledger.fileBytes(), PhysicalLimits.MAX_SIZE);
    within("ledger.storedVisits", ledger.storedVisits(), PhysicalLimits.MAX_SIZE);
    within("setAsideBuckets", report.setAsideBuckets(), PhysicalLimits.MAX_SIZE);
    within("ledger.latestRevision", ledger.latestRevision(), PhysicalLimits.MAX_REVISION);
    within("acknowledgedRevision", report.acknowledgedRevision(), PhysicalLimits.MAX_REVISION);
    Instant received = clock.instant();
    Instant earliest = PhysicalLimits.EARLIEST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant latest = received.plus(PhysicalLimits.CLOCK_WINDOW);
    Instant reported =
        instant(
            "reportedAt",
            report.reportedAt(),
            received.minus(PhysicalLimits.CLOCK_WINDOW).isAfter(earliest)
                ? received.minus(PhysicalLimits.CLOCK_WINDOW)
                : earliest,
            latest);
    HealthReport.Printer printer = report.printer();
    Optional<Instant> printerCheckedAt =
        printer == null
            ? Optional.empty()
            : Optional.of(instant("printer.checkedAt", printer.checkedAt(), earliest, latest));
    Optional<Instant> lastVisit =
        ledger.lastVisitAt() == null
            ? Optional.empty()
            : Optional.of(instant("ledger.lastVisitAt", ledger.lastVisitAt(), earliest, latest));
    Optional<LastStart> lastStart =
        Optional.ofNullable(report.kioskStart()).map(k -> lastStart(k, earliest, latest));
    Optional<LedgerDisk> disk =
        Optional.ofNullable(report.disk()).map(d -> disk(d, earliest, latest));
    Duration offset = Duration.between(received, reported);
    store.save(
        new KioskHealth(
            sender.regionCode(),
            sender.locationCode(),
            sender.kioskCode(),
            report.appVersion(),
            reported,
            received,
            offset.toMillis(),
            printer != null && printer.online(),
            printer != null && printer.coverOpen(),
            printer != null && printer.paperOut(),
            printer != null && printer.paperNearEnd(),
            printer != null && printer.cutterError(),
            printerCheckedAt,
            ledger.fileBytes(),
            ledger.storedVisits(),
            lastVisit,
            ledger.latestRevision(),
            report.acknowledgedRevision(),
            report.setAsideBuckets(),
            lastStart,
            disk),
        sender.id());
    return offset;
  }

  /** An optional field of this release: agents of earlier releases leave it out (decision 0808). */
  private static LastStart lastStart(HealthReport.KioskStart k, Instant earliest, Instant latest) {
    if (k.version() == null || !PACKAGE_VERSION.matcher(k.version()).matches()) {
      throw Rejection.invalid(
          "kioskStart.version must be a package version like 0.1.0~20261207T030000, at most 60"
              + " characters");
    }
    if (!START_STATES.contains(k.state())) {
      throw Rejection.invalid("kioskStart.state must be one of starting, shown, failed");
    }
    if ((k.catalogueVersion() == null) != (k.catalogueSince() == null)) {
      throw Rejection.invalid("kioskStart.catalogueVersion and catalogueSince come together");
    }
    if (k.catalogueVersion() != null && k.catalogueVersion() < 1) {
      throw Rejection.invalid("kioskStart.catalogueVersion must be 1 or more");
    }
    return new LastStart(
        k.version(),
        k.state(),
        instant("kioskStart.startedAt", k.startedAt(), earliest, latest),
        instant("kioskStart.stateAt", k.stateAt(), earliest, latest),
        Optional.ofNullable(k.catalogueVersion()),
        k.catalogueSince() == null
            ? Optional.empty()
            : Optional.of(
                instant("kioskStart.catalogueSince", k.catalogueSince(), earliest, latest)));
  }

  /** An optional field of this release, like {@link #lastStart} (decision 0015). */
  private static LedgerDisk disk(HealthReport.Disk d, Instant earliest, Instant latest) {
    within("disk.freeBytes", d.freeBytes(), PhysicalLimits.MAX_SIZE);
    within("disk.writeFailures", d.writeFailures(), PhysicalLimits.MAX_SIZE);
    within("disk.heldVisits", d.heldVisits(), Integer.MAX_VALUE);
    if ((d.writeFailures() == 0) != (d.lastWriteFailureAt() == null)) {
      throw Rejection.invalid("disk.writeFailures and lastWriteFailureAt come together");
    }
    return new LedgerDisk(
        instant("disk.checkedAt", d.checkedAt(), earliest, latest),
        d.freeBytes(),
        d.lowOnSpace(),
        d.writeFailures(),
        d.lastWriteFailureAt() == null
            ? Optional.empty()
            : Optional.of(
                instant("disk.lastWriteFailureAt", d.lastWriteFailureAt(), earliest, latest)),
        d.heldVisits());
  }

  private static void within(String field, long value, long max) {
    if (value < 0 || value > max) {
      throw Rejection.invalid(field + " must be 0 to " + max + ", got " + value);
    }
  }

  /**
   * An instant between {@code earliest} and {@code latest}: the window keeps a year-9999 or
   * year-10^9 clock out of the offsets (it would overflow milliseconds or show nonsense).
   */
  private static Instant instant(String field, String text, Instant earliest, Instant latest) {
    if (text == null) {
      throw Rejection.invalid(field + " is missing");
    }
    Instant instant;
    try {
      instant = Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw Rejection.invalid(field + " must be an instant like 2026-11-23T09:30:00Z");
    }
    if (instant.isBefore(earliest) || instant.isAfter(latest)) {
      throw Rejection.invalid(
          field + " " + text + " is not between " + earliest + " and " + latest + " (our clock)");
    }
    return instant;
  }
}
