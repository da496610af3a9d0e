package nl.zuil.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.zuil.backend.health.KioskHealth;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.kioskfiles.agent.Trust;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import nl.zuil.kioskfiles.printer.PrinterStatusFile;
import nl.zuil.sync.push.DrainResult;
import nl.zuil.sync.transport.DeliveryException;
import nl.zuil.sync.transport.DeliveryException.Kind;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent against the real backend over HTTPS on loopback, and against backends that lie. */
class SyncAgentTest {

  @TempDir static Path certificates;
  private static TestCertificate certificate;
  private static TestCertificate impostor;

  @TempDir Path dir;
  private TestBackend backend;
  private TestKiosk kiosk;

  @BeforeAll
  static void makeCertificates() {
    certificate = TestCertificate.create(certificates, "backend");
    impostor = TestCertificate.create(certificates, "impostor");
  }

  @BeforeEach
  void start() throws Exception {
    backend = TestBackend.create(TestBackend.Kind.SQLITE, dir, Optional.of(certificate)).start();
    backend.enrol("zuil-1", dir.resolve("credential.json"));
    kiosk = new TestKiosk(dir.resolve("ledger.db"), "zuil-1", TestClock.at("2026-11-20T09:00"), 1);
  }

  @AfterEach
  void stop() {
    kiosk.close();
    backend.close();
  }

  @Test
  void sendsTheBacklogInSmallRequestsAndTheRegionHasWhatTheKioskHas() throws Exception {
    kiosk.visits(300);
    AgentSettings settings =
        TestAgents.settings(dir, backend.url(), TestAgents.pinned(certificate.pin()), 8 * 1024);

    try (SyncAgent agent = SyncAgent.open(settings, Clock.systemUTC())) {
      DrainResult result = agent.attempt();

      assertThat(result.requests()).isGreaterThan(1);
      assertThat(agent.acknowledgedRevision()).isEqualTo(kiosk.ledger.buckets().latestRevision());
      assertThat(agent.attempt().buckets()).isZero();
    }
    assertThat(backend.counts("zuil-1")).isEqualTo(kiosk.counts());
  }

  @Test
  void sendsOnlyWhatChangedAndBucketsThatDroppedToZero() throws Exception {
    kiosk.visits(20);
    AgentSettings settings =
        TestAgents.settings(dir, backend.url(), TestAgents.pinned(certificate.pin()));
    try (SyncAgent agent = SyncAgent.open(settings, Clock.systemUTC())) {
      agent.attempt();
      var waiting = kiosk.ledger.desk().waiting();
      assertThat(waiting).isNotEmpty();
      for (var ticket : waiting) {
        kiosk.ledger.desk().call(ticket.reference(), "balie-1");
        kiosk.ledger.desk().recordOutcome(ticket.reference(), "left", null);
      }
      kiosk.ledger.aggregator().refresh();

      DrainResult second = agent.attempt();

      assertThat(second.buckets()).isLessThan(kiosk.counts().size());
    }
    assertThat(backend.counts("zuil-1")).isEqualTo(kiosk.counts());
    assertThat(backend.counts("zuil-1").values()).anyMatch(v -> v.startsWith("0 visits"));
  }

  @Test
  void trustsABackendByItsCaCertificateFile() throws Exception {
    kiosk.visits(5);
    Trust ca = new Trust(Optional.empty(), Optional.of(certificate.certificatePem()));

    try (SyncAgent agent =
        SyncAgent.open(TestAgents.settings(dir, backend.url(), ca), Clock.systemUTC())) {
      agent.attempt();
    }

    assertThat(backend.counts("zuil-1")).isEqualTo(kiosk.counts());
  }

  @Test
  void refusesABackendWithAnotherKeyAndSendsNothing() throws Exception {
    kiosk.visits(5);
    AgentSettings settings =
        TestAgents.settings(dir, backend.url(), TestAgents.pinned(impostor.pin()));

    try (SyncAgent agent = SyncAgent.open(settings, Clock.systemUTC())) {
      assertThatThrownBy(agent::attempt)
          .isInstanceOf(DeliveryException.class)
          .extracting(e -> ((DeliveryException) e).kind())
          .isEqualTo(Kind.UNAVAILABLE);
      assertThat(agent.acknowledgedRevision()).isZero();
    }
    assertThat(backend.counts("zuil-1")).isEmpty();
  }

  @Test
  void reportsPrinterLedgerAndBacklogToTheRegion() throws Exception {
    kiosk.visits(10);
    new PrinterStatusFile(dir.resolve("printer.json"))
        .write(
            new PrinterStatus(
                true, false, false, true, false, Instant.parse("2026-11-20T09:05:00Z")));
    AgentSettings settings =
        TestAgents.settings(dir, backend.url(), TestAgents.pinned(certificate.pin()));

    try (SyncAgent agent = SyncAgent.open(settings, Clock.systemUTC())) {
      agent.attempt();
    }

    KioskHealth health = backend.backend().healthStore().region(TestBackend.REGION).get(0);
    assertThat(health.printerPaperNearEnd()).isTrue();
    assertThat(health.printerOnline()).isTrue();
    assertThat(health.storedVisits()).isEqualTo(10);
    assertThat(health.lastVisitAt()).isPresent();
    assertThat(health.pendingRevisions()).isZero();
    assertThat(Files.readString(dir.resolve("agent-health.json"))).contains("\"status\" : \"ok\"");
  }

  @Test
  void aBackendThatAnswers200WithoutAProperAcknowledgementDoesNotMoveTheWatermark()
      throws Exception {
    kiosk.visits(10);
    long latest = kiosk.ledger.buckets().latestRevision();
    AtomicReference<String> answer = new AtomicReference<>();
    HttpServer liar =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    liar.createContext(
        "/",
        exchange -> {
          byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    liar.start();
    try (SyncAgent agent =
        SyncAgent.open(
            TestAgents.settings(
                dir, "http://127.0.0.1:" + liar.getAddress().getPort(), TestAgents.none()),
            Clock.systemUTC())) {
      String[] lies = {
        "{\"acknowledgedRevision\":" + (latest - 1) + ",\"buckets\":1}",
        "{\"acknowledgedRevision\":" + (latest + 5) + ",\"buckets\":1}",
        "{\"acknowledgedRevision\":\"" + latest + "\"}",
        "{\"ok\":true}",
        "[]",
        "<html>Proxy login</html>",
        ""
      };
      for (String lie : lies) {
        answer.set(lie);
        assertThatThrownBy(agent::attempt).as(lie).isInstanceOf(DeliveryException.class);
        assertThat(agent.acknowledgedRevision()).as(lie).isZero();
      }
    } finally {
      liar.stop(0);
    }
  }
}
