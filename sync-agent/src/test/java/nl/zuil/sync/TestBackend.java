package nl.zuil.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.zuil.backend.enrolment.EnrolledDevice;
import nl.zuil.backend.http.ApiServer;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.http.ServerSettings;
import nl.zuil.backend.http.Tls;
import nl.zuil.backend.ingest.BucketCounts;
import nl.zuil.backend.store.Database;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import nl.zuil.testsupport.TestPostgres;

/**
 * The real regional backend in this JVM, on loopback, over SQLite or PostgreSQL, with the example
 * region and one location seeded. It can be stopped and started again on the same database.
 */
public final class TestBackend implements AutoCloseable {

  public enum Kind {
    SQLITE,
    POSTGRESQL
  }

  public static final String REGION = "voorbeeldregio";
  public static final String LOCATION = "hengelo-bibliotheek";

  private final Database database;
  private final TestPostgres postgres;
  private final Backend backend;
  private final Optional<TestCertificate> certificate;
  private ApiServer server;
  private int port;

  private TestBackend(
      Database database, TestPostgres postgres, Optional<TestCertificate> certificate) {
    this.database = database;
    this.postgres = postgres;
    // Kiosk test clocks run in 2026; the backend's "today" must not make their days future.
    this.backend = Backend.over(database, TestClock.at("2026-12-31T12:00"));
    this.certificate = certificate;
    backend.regions().publish(CatalogueLoader.loadDefault());
    backend.regions().saveLocation(REGION, LOCATION, "Bibliotheek Hengelo", "Hengelo");
  }

  /**
   * A backend (not yet listening: call {@link #start()}).
   *
   * @param certificate serve HTTPS with it, or plain HTTP when empty (for the fault proxy)
   */
  public static TestBackend create(Kind kind, Path dir, Optional<TestCertificate> certificate) {
    if (kind == Kind.SQLITE) {
      return new TestBackend(
          Database.open("jdbc:sqlite:" + dir.resolve("backend.db"), null, null), null, certificate);
    }
    TestPostgres postgres = TestPostgres.freshSchema();
    return new TestBackend(
        Database.open(postgres.url(), postgres.user(), postgres.password()), postgres, certificate);
  }

  /** Starts listening, on {@code port} (0: any free port). */
  public TestBackend start(int port) {
    server =
        ApiServer.start(
            backend,
            new ServerSettings(
                "127.0.0.1",
                port,
                certificate.map(c -> new Tls(c.keystore(), c.password())),
                ServerSettings.DEFAULT_MAX_REQUEST_BYTES));
    this.port = server.port();
    return this;
  }

  public TestBackend start() {
    return start(0);
  }

  public void stop() {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  public int port() {
    return port;
  }

  public String url() {
    return (certificate.isPresent() ? "https" : "http") + "://127.0.0.1:" + port;
  }

  /** Enrols a kiosk at the test location and writes its credential file. */
  public Credential enrol(String kioskCode, Path credentialFile) throws IOException {
    String code =
        backend.enrolment().createCode(REGION, LOCATION, kioskCode, Duration.ofHours(1)).code();
    EnrolledDevice device = backend.enrolment().enrol(code).orElseThrow();
    Credential credential =
        new Credential(device.device().id(), device.credential(), LOCATION, kioskCode);
    credential.write(credentialFile);
    return credential;
  }

  public String enrolmentCode(String kioskCode) {
    return backend.enrolment().createCode(REGION, LOCATION, kioskCode, Duration.ofHours(1)).code();
  }

  public Backend backend() {
    return backend;
  }

  /**
   * Every stored bucket of a kiosk, keyed and printed the same way as {@link TestKiosk#counts()}.
   */
  public Map<String, String> counts(String kioskCode) {
    Map<String, String> counts = new TreeMap<>();
    for (BucketCounts b : backend.buckets().kioskBuckets(REGION, LOCATION, kioskCode)) {
      counts.put(
          TestKiosk.key(
              b.serviceDate(), b.hour(), b.question(), b.situation(), b.outcome(), b.partner()),
          TestKiosk.value(b.visits(), b.confirmedReferrals(), b.waitTimes(), b.serviceTimes()));
    }
    return counts;
  }

  /** Every visit the region counts for a kiosk, over all of its ledgers. */
  public int totalVisits(String kioskCode) {
    return backend.buckets().kioskBuckets(REGION, LOCATION, kioskCode).stream()
        .mapToInt(BucketCounts::visits)
        .sum();
  }

  @Override
  public void close() {
    stop();
    database.close();
    if (postgres != null) {
      postgres.close();
    }
  }
}
