package nl.zuil.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.zuil.backend.health.KioskHealth;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.ticket.TicketRequest;
import nl.zuil.sync.transport.DeliveryException;
import nl.zuil.sync.transport.DeliveryException.Kind;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens to a kiosk's counts over the life of its ledger: a bucket the region refuses, a PC
 * replaced with a fresh ledger, a ledger restored from a backup (decision 0205).
 */
class LedgerLifeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path certificates;
  private static TestCertificate certificate;

  @TempDir Path dir;
  private TestBackend backend;
  private AgentSettings settings;
  private final TestClock agentClock = TestClock.at("2026-11-20T18:00");

  @BeforeAll
  static void makeCertificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @BeforeEach
  void start() throws Exception {
    backend = TestBackend.create(TestBackend.Kind.SQLITE, dir, Optional.of(certificate)).start();
    backend.enrol("zuil-1", dir.resolve("credential.json"));
    settings = TestAgents.settings(dir, backend.url(), TestAgents.pinned(certificate.pin()));
  }

  @AfterEach
  void stop() {
    backend.close();
  }

  @Test
  void aBucketTheRegionRefusesIsSetAsideAndTheRestStillArrives() throws Exception {
    Catalogue newer = withQuestion("jobs_fair", "B");
    try (Ledger ledger =
        Ledger.open(
            dir.resolve("ledger.db"),
            newer,
            new KioskIdentity(TestBackend.LOCATION, "zuil-1"),
            TestClock.at("2026-11-20T09:00"))) {
      for (int i = 0; i < 30; i++) {
        ledger.tickets().issue(TicketRequest.of(i % 2 == 0 ? "find_work" : "learning", "nl"));
      }
      ledger.tickets().issue(TicketRequest.of("jobs_fair", "nl"));
      ledger.aggregator().refresh();

      try (SyncAgent agent = SyncAgent.open(settings, agentClock)) {
        agent.attempt();

        assertThat(agent.acknowledgedRevision()).isEqualTo(ledger.buckets().latestRevision());
        assertThat(backend.totalVisits("zuil-1")).isEqualTo(30);
        JsonNode health = healthFile();
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("setAsideBuckets").asInt()).isEqualTo(1);
        assertThat(health.get("setAsideReason").asText()).contains("jobs_fair");
        assertThat(regionsView().setAsideBuckets()).as("IT beheer sees it too").isEqualTo(1);

        backend.backend().regions().publish(newer);
        agent.attempt();
        assertThat(backend.totalVisits("zuil-1")).as("retried only after an hour").isEqualTo(30);

        agentClock.advanceMinutes(61);
        agent.attempt();
        assertThat(backend.totalVisits("zuil-1")).isEqualTo(31);
        assertThat(healthFile().get("setAsideBuckets").asInt()).isZero();
        assertThat(regionsView().setAsideBuckets()).isZero();
      }
    }
  }

  @Test
  void aReplacedKiosksFreshLedgerAddsToTheRegionsHistory() throws Exception {
    Path file = dir.resolve("ledger.db");
    int first;
    try (TestKiosk old = new TestKiosk(file, "zuil-1", TestClock.at("2026-11-18T09:00"), 1);
        SyncAgent agent = SyncAgent.open(settings, agentClock)) {
      old.visits(40);
      first = old.totalVisits();
      agent.attempt();
    }
    deleteLedger(file);

    try (TestKiosk replacement =
            new TestKiosk(file, "zuil-1", TestClock.at("2026-11-19T09:00"), 2);
        SyncAgent agent = SyncAgent.open(settings, agentClock)) {
      replacement.visits(25);
      agent.attempt();

      assertThat(agent.acknowledgedRevision())
          .isEqualTo(replacement.ledger.buckets().latestRevision());
      assertThat(backend.totalVisits("zuil-1")).isEqualTo(first + replacement.totalVisits());
    }
  }

  @Test
  void aRestoredLedgerIsHeardAgainOnlyOnceItsRevisionsAreLifted() throws Exception {
    Path file = dir.resolve("ledger.db");
    Path backup = dir.resolve("backup.db");
    try (TestKiosk kiosk = new TestKiosk(file, "zuil-1", TestClock.at("2026-11-18T09:00"), 3);
        SyncAgent agent = SyncAgent.open(settings, agentClock)) {
      kiosk.visits(20);
      agent.attempt();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
        c.createStatement().execute("VACUUM INTO '" + backup + "'");
      }
      kiosk.visits(20);
      agent.attempt();
    }
    deleteLedger(file);
    Files.move(backup, file, StandardCopyOption.REPLACE_EXISTING);

    try (TestKiosk restored = new TestKiosk(file, "zuil-1", TestClock.at("2026-11-19T09:00"), 4);
        SyncAgent agent = SyncAgent.open(settings, agentClock)) {
      assertThatThrownBy(agent::attempt)
          .isInstanceOfSatisfying(
              DeliveryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.LEDGER_BEHIND));
      assertThat(healthFile().get("status").asText()).isEqualTo("ledger-behind");

      restored.ledger.aggregator().continueAfterRestore();
      long lifted = restored.ledger.buckets().latestRevision();
      restored.visits(10);
      agent.attempt();

      Map<String, String> changedAfterRestore = new TreeMap<>(restored.counts());
      Map<String, String> atRegion = backend.counts("zuil-1");
      restored.ledger.buckets().changedSince(lifted, 10_000).stream()
          .map(
              b ->
                  TestKiosk.key(
                      b.key().serviceDate(),
                      b.key().hour(),
                      b.key().questionCode(),
                      b.key().situationCode(),
                      b.key().outcomeCode(),
                      b.key().partnerCode()))
          .forEach(
              key -> assertThat(atRegion.get(key)).as(key).isEqualTo(changedAfterRestore.get(key)));
      assertThat(restored.ledger.buckets().changedSince(lifted, 10_000)).isNotEmpty();
    }
  }

  private KioskHealth regionsView() {
    return backend.backend().healthStore().region(TestBackend.REGION).get(0);
  }

  private JsonNode healthFile() throws Exception {
    return JSON.readTree(Files.readString(dir.resolve("agent-health.json")));
  }

  private static Catalogue withQuestion(String code, String prefix) throws Exception {
    String json =
        CatalogueLoader.defaultJson()
            .replace("\"version\": 1,", "\"version\": 2,")
            // The first "questionTypes" is the catalogue's own; partners name theirs later on.
            .replaceFirst(
                Pattern.quote("\"questionTypes\": ["),
                "\"questionTypes\": [ { \"code\": \""
                    + code
                    + "\", \"prefix\": \""
                    + prefix
                    + "\", \"icon\": \"calendar\", \"askSituation\": false, \"catchAll\": false,"
                    + " \"infoUrl\": \"https://www.werkcentrum.example/vraag/banenmarkt\","
                    + " \"labels\": { \"nl\": \"Banenmarkt\" } },");
    return CatalogueLoader.parse(json, "catalogue v2");
  }

  private static void deleteLedger(Path file) throws Exception {
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
    }
  }
}
