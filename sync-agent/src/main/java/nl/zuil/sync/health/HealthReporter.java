package nl.zuil.sync.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import nl.zuil.kioskfiles.printer.PrinterStatusFile;
import nl.zuil.ledger.LedgerFacts;
import nl.zuil.ledger.LedgerReader;
import nl.zuil.sync.state.SyncState;
import nl.zuil.sync.transport.BackendClient;
import nl.zuil.sync.transport.DeliveryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the region how the kiosk is doing: version, printer and paper, ledger size and last visit,
 * sync backlog, and (by its timestamp) how far the kiosk's clock is off.
 */
public final class HealthReporter {

  private static final Logger LOG = LoggerFactory.getLogger(HealthReporter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LedgerReader ledger;
  private final SyncState state;
  private final BackendClient backend;
  private final Credential credential;
  private final Optional<PrinterStatusFile> printer;
  private final Clock clock;

  public HealthReporter(
      LedgerReader ledger,
      SyncState state,
      BackendClient backend,
      Credential credential,
      Optional<Path> printerStatusFile,
      Clock clock) {
    this.ledger = ledger;
    this.state = state;
    this.backend = backend;
    this.credential = credential;
    this.printer = printerStatusFile.map(PrinterStatusFile::new);
    this.clock = clock;
  }

  /**
   * Sends one report.
   *
   * @return the kiosk clock's offset from the backend's in milliseconds, as the backend saw it
   */
  public long report() throws DeliveryException {
    LedgerFacts facts = ledger.facts();
    ObjectNode report = JSON.createObjectNode();
    report.put("locationCode", credential.locationCode());
    report.put("kioskCode", credential.kioskCode());
    report.put("appVersion", AppVersion.current());
    report.put("reportedAt", clock.instant().toString());
    Optional<PrinterStatus> status = printerStatus();
    if (status.isPresent()) {
      PrinterStatus p = status.get();
      ObjectNode node = report.putObject("printer");
      node.put("online", p.online());
      node.put("coverOpen", p.coverOpen());
      node.put("paperOut", p.paperOut());
      node.put("paperNearEnd", p.paperNearEnd());
      node.put("cutterError", p.cutterError());
      node.put("checkedAt", p.checkedAt().toString());
    } else {
      report.putNull("printer");
    }
    ObjectNode ledgerNode = report.putObject("ledger");
    ledgerNode.put("fileBytes", facts.fileBytes());
    ledgerNode.put("storedVisits", facts.storedVisits());
    if (facts.lastVisitAt().isPresent()) {
      ledgerNode.put("lastVisitAt", facts.lastVisitAt().get().toString());
    } else {
      ledgerNode.putNull("lastVisitAt");
    }
    ledgerNode.put("latestRevision", facts.latestRevision());
    report.put("acknowledgedRevision", state.acknowledgedRevision());
    report.put("setAsideBuckets", state.setAsideKeys().size());
    JsonNode receipt =
        backend.sendHealth(
            report.toString().getBytes(StandardCharsets.UTF_8), credential.authorization());
    JsonNode offset = receipt.get("clockOffsetMillis");
    return offset != null && offset.isIntegralNumber() ? offset.longValue() : 0;
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
