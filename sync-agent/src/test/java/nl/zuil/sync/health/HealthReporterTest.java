package nl.zuil.sync.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.kioskfiles.health.LedgerDiskFile;
import nl.zuil.kioskfiles.health.LedgerDiskStatus;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import nl.zuil.kioskfiles.printer.PrinterStatusFile;
import nl.zuil.kioskfiles.update.KioskStart;
import nl.zuil.kioskfiles.update.KioskStartFile;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.LedgerReader;
import nl.zuil.ledger.ticket.TicketRequest;
import nl.zuil.sync.TestAgents;
import nl.zuil.sync.state.SyncState;
import nl.zuil.sync.transport.BackendClient;
import nl.zuil.testsupport.PreviousAgent;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The health report the agent sends, against what the previous release sent: the same fields in the
 * same order, nulls written out, and this release's new fields at the end. Only the ledger's file
 * size depends on the SQLite build.
 */
class HealthReporterTest {

  private static final String AGENT_TIME = "2026-11-20T18:00";

  @TempDir Path dir;
  private HttpServer server;
  private final AtomicReference<String> received = new AtomicReference<>();
  private final Credential credential =
      new Credential(
          "d0123456789abcdef", "zd1.d0123456789abcdef.secret", "hengelo-bibliotheek", "zuil-1");

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/api/v1/health",
        exchange -> {
          received.set(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] answer =
              "{\"serverTime\":\"2026-11-20T17:00:02Z\",\"clockOffsetMillis\":-2000}"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aNewKiosksReportWritesItsUnknownPrinterAndLastVisitAsNull() throws Exception {
    createLedger(0);

    long offset = report(Optional.empty());

    assertThat(offset).isEqualTo(-2000);
    assertThat(withoutFileSize(received.get()))
        .isEqualTo(withoutFileSize(previousWithNewFieldsNull("health-report-new-kiosk.json")));
  }

  @Test
  void aBusyKiosksReportIsTheSameAsThePreviousAgentsReport() throws Exception {
    createLedger(1);
    Path printer = dir.resolve("printer.json");
    new PrinterStatusFile(printer)
        .write(
            new PrinterStatus(
                true, false, false, true, false, Instant.parse("2026-11-20T17:59:30Z")));

    report(Optional.of(printer));

    assertThat(withoutFileSize(received.get()))
        .isEqualTo(withoutFileSize(previousWithNewFieldsNull("health-report.json")));
  }

  @Test
  void theKiosksLastStartAndItsCatalogueGoAlong() throws Exception {
    createLedger(0);
    KioskStartFile.besideLedger(dir.resolve("ledger.db"))
        .write(
            KioskStart.starting("0.1.0~20261120T030000", Instant.parse("2026-11-20T06:12:00Z"))
                .shown(3, Instant.parse("2026-11-20T06:12:09Z")));

    report(Optional.empty());

    assertThat(received.get())
        .endsWith(
            ",\"kioskStart\":{\"version\":\"0.1.0~20261120T030000\",\"state\":\"shown\","
                + "\"startedAt\":\"2026-11-20T06:12:00Z\",\"stateAt\":\"2026-11-20T06:12:09Z\","
                + "\"catalogueVersion\":3,\"catalogueSince\":\"2026-11-20T06:12:09Z\"},"
                + "\"disk\":null}");
  }

  @Test
  void theDiskAsTheKioskWroteItGoesAlong() throws Exception {
    createLedger(0);
    LedgerDiskFile.besideLedger(dir.resolve("ledger.db"))
        .write(
            new LedgerDiskStatus(
                Instant.parse("2026-11-20T17:59:30Z"),
                12_000_000,
                4,
                Instant.parse("2026-11-20T17:58:00Z"),
                3));

    report(Optional.empty());

    assertThat(received.get())
        .endsWith(
            ",\"disk\":{\"checkedAt\":\"2026-11-20T17:59:30Z\",\"freeBytes\":12000000,"
                + "\"lowOnSpace\":true,\"writeFailures\":4,"
                + "\"lastWriteFailureAt\":\"2026-11-20T17:58:00Z\",\"heldVisits\":3}}");
  }

  /** The previous release's body with this release's optional fields, absent there, at its end. */
  private static String previousWithNewFieldsNull(String name) throws Exception {
    String body = PreviousAgent.body(name).strip();
    assertThat(body).endsWith("}");
    return body.substring(0, body.length() - 1) + ",\"kioskStart\":null,\"disk\":null}";
  }

  private void createLedger(int tickets) throws Exception {
    try (Ledger ledger =
        Ledger.open(
            dir.resolve("ledger.db"),
            CatalogueLoader.loadDefault(),
            new KioskIdentity("hengelo-bibliotheek", "zuil-1"),
            TestClock.at("2026-11-20T09:00"))) {
      for (int i = 0; i < tickets; i++) {
        ledger.tickets().issue(TicketRequest.of("find_work", "nl"));
      }
      ledger.aggregator().refresh();
    }
  }

  private long report(Optional<Path> printer) throws Exception {
    String url = "http://127.0.0.1:" + server.getAddress().getPort();
    try (BackendClient client =
            BackendClient.create(
                TestAgents.settings(dir, url, TestAgents.none()), TestClock.at(AGENT_TIME));
        SyncState state = SyncState.open(dir.resolve("state.db"));
        LedgerReader ledger = LedgerReader.open(dir.resolve("ledger.db"))) {
      if (ledger.facts().latestRevision() > 0) {
        state.acknowledge(ledger.facts().latestRevision());
      }
      return new HealthReporter(
              ledger,
              state,
              client,
              credential,
              printer,
              KioskStartFile.besideLedger(dir.resolve("ledger.db")),
              LedgerDiskFile.besideLedger(dir.resolve("ledger.db")),
              TestClock.at(AGENT_TIME))
          .report();
    }
  }

  private static String withoutFileSize(String report) {
    return report.replaceFirst("\"fileBytes\":[0-9]+", "\"fileBytes\":N");
  }
}
