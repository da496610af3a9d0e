package nl.zuil.sync.health;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.kioskfiles.health.LedgerDiskFile;
import nl.zuil.kioskfiles.health.LedgerDiskStatus;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import nl.zuil.kioskfiles.printer.PrinterStatusFile;
import nl.zuil.kioskfiles.update.KioskStart;
import nl.zuil.kioskfiles.update.KioskStartFile;
import nl.zuil.ledger.LedgerFacts;
import nl.zuil.ledger.LedgerReader;
import nl.zuil.regionapi.HealthReport;
import nl.zuil.sync.state.SyncState;
import nl.zuil.sync.transport.BackendClient;
import nl.zuil.sync.transport.DeliveryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the region how the kiosk is doing: version, printer and paper, ledger size and last visit,
 * sync backlog, (by its timestamp) how far the kiosk's clock is off, and the kiosk's last start
 * with the catalogue it shows (decision 0808), and the disk under the ledger: space left, visits it
 * could not write or holds (decision 0015).
 */
public final class HealthReporter {

  private static final Logger LOG = LoggerFactory.getLogger(HealthReporter.class);

  private final LedgerReader ledger;
  private final SyncState state;
  private final BackendClient backend;
  private final Credential credential;
  private final Optional<PrinterStatusFile> printer;
  private final KioskStartFile kioskStart;
  private final LedgerDiskFile disk;
  private final Clock clock;

  public HealthReporter(
      LedgerReader ledger,
      SyncState state,
      BackendClient backend,
      Credential credential,
      Optional<Path> printerStatusFile,
      KioskStartFile kioskStart,
      LedgerDiskFile disk,
      Clock clock) {
    this.ledger = ledger;
    this.state = state;
    this.backend = backend;
    this.credential = credential;
    this.printer = printerStatusFile.map(PrinterStatusFile::new);
    this.kioskStart = kioskStart;
    this.disk = disk;
    this.clock = clock;
  }

  /**
   * Sends one report.
   *
   * @return the kiosk clock's offset from the backend's in milliseconds, as the backend saw it
   */
  public long report() throws DeliveryException {
    LedgerFacts facts = ledger.facts();
    HealthReport report =
        new HealthReport(
            credential.locationCode(),
            credential.kioskCode(),
            AppVersion.current(),
            clock.instant().toString(),
            printerStatus().map(HealthReporter::printer).orElse(null),
            new HealthReport.Ledger(
                facts.fileBytes(),
                facts.storedVisits(),
                facts.lastVisitAt().map(Instant::toString).orElse(null),
                facts.latestRevision()),
            state.acknowledgedRevision(),
            state.setAsideKeys().size(),
            kioskStart().map(HealthReporter::start).orElse(null),
            diskStatus().map(HealthReporter::disk).orElse(null));
    return backend.sendHealth(report, credential.authorization()).clockOffsetMillis();
  }

  private static HealthReport.Printer printer(PrinterStatus p) {
    return new HealthReport.Printer(
        p.online(),
        p.coverOpen(),
        p.paperOut(),
        p.paperNearEnd(),
        p.cutterError(),
        p.checkedAt().toString());
  }

  private static HealthReport.KioskStart start(KioskStart k) {
    return new HealthReport.KioskStart(
        k.version(),
        k.state(),
        k.startedAt().toString(),
        k.stateAt().toString(),
        k.catalogueVersion(),
        k.catalogueSince() == null ? null : k.catalogueSince().toString());
  }

  private static HealthReport.Disk disk(LedgerDiskStatus d) {
    return new HealthReport.Disk(
        d.checkedAt().toString(),
        d.freeBytes(),
        d.lowOnSpace(),
        d.writeFailures(),
        d.lastWriteFailure().map(Instant::toString).orElse(null),
        d.heldVisits());
  }

  private Optional<LedgerDiskStatus> diskStatus() {
    try {
      return disk.read();
    } catch (IOException e) {
      // Like the printer: the region then sees "disk unknown", the rest of the report stays.
      LOG.warn("{}", e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<KioskStart> kioskStart() {
    try {
      return kioskStart.read();
    } catch (IOException e) {
      // Like the printer: the region then sees "last start unknown", the rest of the report stays.
      LOG.warn("{}", e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<PrinterStatus> printerStatus() {
    if (printer.isEmpty()) {
      return Optional.empty();
    }
    try {
      return printer.get().read();
    } catch (IOException e) {
      // A damaged status file must not stop the report: the region sees "printer unknown".
      LOG.warn("{}", e.getMessage());
      return Optional.empty();
    }
  }
}
