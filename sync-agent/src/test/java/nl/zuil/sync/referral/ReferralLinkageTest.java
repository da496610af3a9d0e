package nl.zuil.sync.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.referral.SlipState;
import nl.zuil.backend.store.Database;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.kioskfiles.slipkey.SlipKeyFile;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.ticket.TicketRequest;
import nl.zuil.regionapi.SlipLinks;
import nl.zuil.regionapi.SlipLinks.SlipLink;
import nl.zuil.sync.SyncAgent;
import nl.zuil.sync.TestAgents;
import nl.zuil.sync.TestBackend;
import nl.zuil.sync.TestKiosk;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 1054's claim, attacked: from everything the kiosk's ledger and the region's database
 * hold after real visits, slips, a sync and a partner's confirmation, link the arrival back to its
 * visit. Two visits with the same codes are referred to the same partner; whichever of the two
 * slips the partner confirms, the region's database ends up the same but for the token's hash, and
 * no value of either visit reaches the region or any token reaches the kiosk.
 */
class ReferralLinkageTest {

  @TempDir static Path certificates;
  private static TestCertificate certificate;

  @TempDir Path dir;

  @BeforeAll
  static void makeCertificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @Test
  void noArrivalCanBeLinkedBackToItsVisit() throws Exception {
    Path catalogueFile = Files.createDirectory(dir.resolve("catalogue")).resolve("catalogue.json");
    List<Ticket> visits = new ArrayList<>();
    List<SlipLink> slips = new ArrayList<>();
    Path backendFile = dir.resolve("backend.db");
    Path ledgerFile = dir.resolve("ledger.db");
    try (TestBackend region =
            TestBackend.create(TestBackend.Kind.SQLITE, dir, Optional.of(certificate)).start();
        TestKiosk kiosk =
            new TestKiosk(ledgerFile, "zuil-1", TestClock.at("2026-11-17T09:30"), 7)) {
      region.enrol("zuil-1", dir.resolve("credential.json"));
      AgentSettings settings =
          TestAgents.keepingCatalogue(
              TestAgents.settings(dir, region.url(), TestAgents.pinned(certificate.pin())),
              catalogueFile);
      kiosk.visits(6);
      try (SyncAgent agent = SyncAgent.open(settings, Clock.systemUTC())) {
        agent.attempt();
      }
      byte[] key =
          Base64.getDecoder()
              .decode(SlipKeyFile.besideCatalogue(catalogueFile).read().orElseThrow().key());
      for (int i = 0; i < 2; i++) {
        kiosk.clock.advanceMinutes(47);
        Ticket ticket =
            kiosk
                .ledger
                .tickets()
                .issue(TicketRequest.of("money_debt", "nl").withSituation("benefit"));
        kiosk.ledger.desk().call(ticket.number(), "balie-1");
        kiosk.clock.advanceMinutes(9);
        visits.add(
            kiosk
                .ledger
                .desk()
                .recordOutcome(ticket.number(), "referred", "municipality_debt_help"));
        LocalDate today = LocalDate.now(kiosk.clock);
        slips.add(
            SlipLinks.issue(
                key,
                today,
                TestBackend.LOCATION,
                "municipality_debt_help",
                "money_debt",
                "benefit"));
        kiosk.ledger.slips().count(today, "municipality_debt_help", "money_debt");
      }
      kiosk.ledger.aggregator().refresh();
      try (SyncAgent agent = SyncAgent.open(settings, Clock.systemUTC())) {
        agent.attempt();
      }
      region.stop();
    }

    List<String> ledger = dump("jdbc:sqlite:" + ledgerFile);
    List<String> first = confirmedIn(backendFile, "a", slips.get(0));
    List<String> second = confirmedIn(backendFile, "b", slips.get(1));

    assertThat(masked(first, slips.get(0))).isEqualTo(masked(second, slips.get(1)));
    for (SlipLink slip : slips) {
      assertThat(String.join("\n", ledger))
          .as("the kiosk keeps no token")
          .doesNotContain(slip.token())
          .doesNotContain(slip.tokenHash())
          .doesNotContain(slip.mac());
    }
    String regionHolds = String.join("\n", first);
    List<String> referralRows = first.stream().filter(r -> r.startsWith("referral_")).toList();
    for (Ticket visit : visits) {
      assertThat(regionHolds)
          .as("the region holds nothing of visit %s", visit.number())
          .doesNotContain("|" + visit.number() + "|")
          .doesNotContain(visit.reference());
      assertThat(String.join("\n", referralRows))
          .doesNotContain(visit.issuedAt().toLocalTime().toString())
          .doesNotContain(visit.serviceDate().toString());
    }
    Set<String> shared = values(referralRows);
    shared.retainAll(values(ledger.stream().filter(r -> r.startsWith("visit|")).toList()));
    assertThat(shared)
        .as("what the region's referral tables share with the kiosk's visits: codes, tiny numbers")
        .allMatch(v -> v.matches("[a-z][a-z0-9_-]*|-|[0-9]{1,2}"));
  }

  /** The region's database as it would be had the partner confirmed only {@code slip}. */
  private List<String> confirmedIn(Path backendFile, String name, SlipLink slip) throws Exception {
    Path copy = dir.resolve(name + ".db");
    Files.copy(backendFile, copy);
    for (String suffix : List.of("-wal", "-shm")) {
      Path part = backendFile.resolveSibling(backendFile.getFileName() + suffix);
      if (Files.exists(part)) {
        Files.copy(part, copy.resolveSibling(copy.getFileName() + suffix));
      }
    }
    try (Database database = Database.open("jdbc:sqlite:" + copy, null, null)) {
      Backend backend = Backend.over(database, TestClock.at("2026-11-20T16:00"));
      assertThat(backend.referrals().arrive(Optional.of(slip)).state()).isEqualTo(SlipState.OPEN);
    }
    return dump("jdbc:sqlite:" + copy);
  }

  private static List<String> masked(List<String> rows, SlipLink slip) {
    return rows.stream().map(r -> r.replace(slip.tokenHash(), "<token hash>")).toList();
  }

  private static Set<String> values(List<String> rows) {
    Set<String> values = new TreeSet<>();
    for (String row : rows) {
      for (String value : row.split("\\|")) {
        if (!value.isEmpty()) {
          values.add(value);
        }
      }
    }
    return values;
  }

  /** Every row of every table, as "table|value|value|...", sorted. */
  private static List<String> dump(String url) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url);
        Statement statement = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet names =
          statement.executeQuery(
              "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
        while (names.next()) {
          tables.add(names.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet row = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
          ResultSetMetaData meta = row.getMetaData();
          while (row.next()) {
            StringBuilder line = new StringBuilder(table).append('|');
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              line.append(row.getString(i)).append('|');
            }
            rows.add(line.toString());
          }
        }
      }
    }
    rows.sort(null);
    return rows;
  }
}
