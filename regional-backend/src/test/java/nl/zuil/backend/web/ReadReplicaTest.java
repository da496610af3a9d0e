package nl.zuil.backend.web;

import static nl.zuil.backend.TwoRegions.A;
import static nl.zuil.backend.TwoRegions.ANNA;
import static nl.zuil.backend.TwoRegions.ERIK;
import static nl.zuil.backend.TwoRegions.HENGELO;
import static nl.zuil.backend.TwoRegions.PASSWORD;
import static nl.zuil.backend.TwoRegions.bucket;
import static nl.zuil.backend.TwoRegions.store;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.zuil.backend.StreamingReplica;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.backend.audit.AuditLog;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.ingest.IngestLog;
import nl.zuil.backend.store.Database;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0809: the dashboard's figures come from a real PostgreSQL hot standby of the test
 * server, logins and every write from the primary, and a standby that goes away sends the dashboard
 * back to the primary instead of to an error.
 */
class ReadReplicaTest {

  private static final String NOVEMBER = "?period=month&date=2026-11-01";

  @TempDir Path dir;

  @Test
  void dashboardReadsTheReplicaAndLoginsAndWritesUseThePrimary() throws Exception {
    TestCertificate certificate =
        TestCertificate.create(
            java.nio.file.Files.createDirectories(dir.resolve("tls")), "backend");
    TestDatabase primary = TestDatabase.open(TestDatabase.Kind.POSTGRESQL, dir.resolve("db"));
    try (StreamingReplica standby =
        StreamingReplica.start(
            dir,
            System.getenv("ZUIL_TEST_PG_URL"),
            System.getenv("ZUIL_TEST_PG_USER"),
            System.getenv("ZUIL_TEST_PG_PASSWORD"))) {
      Database reading =
          Database.openReplica(
              standby.url(primary.postgresUrl()),
              System.getenv("ZUIL_TEST_PG_USER"),
              System.getenv("ZUIL_TEST_PG_PASSWORD"),
              primary.database());
      TestClock clock = TestClock.at("2026-11-25T10:00");
      Backend backend =
          Backend.over(
              primary.database(),
              reading,
              clock,
              IngestLog.DEFAULT_RETENTION,
              AuditLog.DEFAULT_RETENTION);
      TwoRegions.seed(backend);
      store(
          backend,
          A,
          HENGELO,
          "zuil-hengelo",
          bucket("2026-11-02", 10, "find_work", "-", "answered", "-", 20, 0, 1));
      standby.catchUp();
      try (StaffServer server = StaffServer.serving(primary, backend, clock, certificate)) {
        StaffClient anna = new StaffClient(server, certificate);
        // A session is a write: on the read-only standby the login would fail.
        assertThat(anna.logIn(ANNA, PASSWORD).status()).isEqualTo(303);
        assertThat(visits(anna)).isEqualTo("20.0");
        assertThat(standby.clientConnections("zuil_test")).isPositive();

        standby.pauseReplay();
        store(
            backend,
            A,
            HENGELO,
            "zuil-hengelo",
            bucket("2026-11-03", 10, "find_work", "-", "answered", "-", 5, 0, 1));
        assertThat(visits(anna)).as("the lagging standby's figure").isEqualTo("20.0");
        // The export writes its audit entry on the primary while the standby lags.
        assertThat(anna.get("/export/questions.csv" + NOVEMBER).status()).isEqualTo(200);
        assertThat(backend.audit().recent(A).toString()).contains("questions");
        standby.resumeReplay();
        assertThat(visits(anna)).isEqualTo("25.0");

        standby.stop();
        assertThat(visits(anna)).as("read from the primary").isEqualTo("25.0");
        StaffClient erik = new StaffClient(server, certificate);
        assertThat(erik.logIn(ERIK, PASSWORD).status()).isEqualTo(303);
        StaffClient.Answer page = anna.get("/dashboard" + NOVEMBER);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Bibliotheek Hengelo");
      } finally {
        reading.close();
      }
    }
  }

  @Test
  void replicaThatNeverAnswersLeavesTheDashboardOnThePrimary() throws Exception {
    TestCertificate certificate =
        TestCertificate.create(
            java.nio.file.Files.createDirectories(dir.resolve("tls")), "backend");
    TestDatabase primary = TestDatabase.open(TestDatabase.Kind.POSTGRESQL, dir.resolve("db"));
    int nothingListens = StaffServer.freePort();
    Database reading =
        Database.openReplica(
            primary.postgresUrl().replaceFirst(":\\d+/", ":" + nothingListens + "/"),
            System.getenv("ZUIL_TEST_PG_USER"),
            System.getenv("ZUIL_TEST_PG_PASSWORD"),
            primary.database());
    TestClock clock = TestClock.at("2026-11-25T10:00");
    Backend backend =
        Backend.over(
            primary.database(),
            reading,
            clock,
            IngestLog.DEFAULT_RETENTION,
            AuditLog.DEFAULT_RETENTION);
    TwoRegions.seed(backend);
    store(
        backend,
        A,
        HENGELO,
        "zuil-hengelo",
        bucket("2026-11-02", 10, "find_work", "-", "answered", "-", 20, 0, 1));
    try (StaffServer server = StaffServer.serving(primary, backend, clock, certificate)) {
      StaffClient anna = new StaffClient(server, certificate);
      assertThat(anna.logIn(ANNA, PASSWORD).status()).isEqualTo(303);
      assertThat(visits(anna)).isEqualTo("20.0");
      assertThat(anna.get("/report" + NOVEMBER).status()).isEqualTo(200);
    } finally {
      reading.close();
    }
  }

  private static String visits(StaffClient client) {
    return client
        .get("/api/stats/summary" + NOVEMBER)
        .text()
        .replaceAll("(?s).*\"id\":\"visits\",\"label\":\"[^\"]*\",\"value\":([0-9.]+).*", "$1");
  }
}
