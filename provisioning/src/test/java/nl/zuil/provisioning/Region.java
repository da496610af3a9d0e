package nl.zuil.provisioning;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import nl.zuil.backend.enrolment.EnrolledDevice;
import nl.zuil.backend.http.ApiServer;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.http.ServerSettings;
import nl.zuil.backend.http.Tls;
import nl.zuil.backend.ingest.BucketCounts;
import nl.zuil.backend.store.Database;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.KioskCopy;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;

/**
 * The real regional backend in this JVM over HTTPS on loopback, on a SQLite file, with the example
 * region's catalogue and one inlooppunt: what a region runs, as small as a test allows.
 */
public final class Region implements AutoCloseable {

  public static final String REGION = "voorbeeldregio";
  public static final String LOCATION = "hengelo-bibliotheek";
  public static final String KIOSK = "zuil-1";

  private final Database database;
  private final Backend backend;
  private final TestClock clock;
  private final TestCertificate certificate;
  private ApiServer server;

  private Region(Path dir, TestCertificate certificate) {
    this.database = Database.open("jdbc:sqlite:" + dir.resolve("region.db"), null, null);
    this.clock = TestClock.at("2026-11-23T12:00");
    this.backend = Backend.over(database, clock);
    this.certificate = certificate;
    backend.regions().publish(CatalogueLoader.loadDefault());
    backend.regions().saveLocation(REGION, LOCATION, "Bibliotheek Hengelo", "Hengelo");
  }

  /** A backend serving HTTPS with {@code certificate}. */
  public static Region start(Path dir, TestCertificate certificate) {
    Region region = new Region(dir, certificate);
    region.server =
        ApiServer.start(
            region.backend,
            new ServerSettings(
                "127.0.0.1",
                0,
                Optional.of(new Tls(certificate.keystore(), certificate.password())),
                ServerSettings.DEFAULT_MAX_REQUEST_BYTES));
    return region;
  }

  public String url() {
    return "https://127.0.0.1:" + server.port();
  }

  public String pin() {
    return certificate.pin();
  }

  public TestClock clock() {
    return clock;
  }

  public String enrolmentCode(String kioskCode) {
    return enrolmentCode(kioskCode, Duration.ofHours(1));
  }

  public String enrolmentCode(String kioskCode, Duration validFor) {
    return backend.enrolment().createCode(REGION, LOCATION, kioskCode, validFor).code();
  }

  /** Uses a code up, as another kiosk (or an earlier attempt) would have. */
  public EnrolledDevice enrolDirectly(String code) {
    return backend.enrolment().enrol(code).orElseThrow();
  }

  public boolean accepts(String credentialSecret) {
    return backend.enrolment().authenticate(credentialSecret).isPresent();
  }

  public void publish(Catalogue catalogue) {
    backend.regions().publish(catalogue);
  }

  /** The example catalogue with another version number, for publishing updates. */
  public static Catalogue exampleCatalogue(int version) throws Exception {
    return CatalogueLoader.parse(
        CatalogueLoader.defaultJson().replace("\"version\": 1,", "\"version\": " + version + ","),
        "example catalogue version " + version);
  }

  /**
   * {@code published} as the region's API hands it to this release's kiosks: without the fields
   * only the backend reads (decision 0703), in this release's kiosk format (decision 0307).
   */
  public static Catalogue onKiosk(Catalogue published) throws Exception {
    return CatalogueLoader.parse(
        KioskCopy.of(CatalogueLoader.toJson(published), KioskCopy.FORMAT).toString(), "kiosk copy");
  }

  /** Visits the region counts for the kiosk, over all its ledgers. */
  public int visits(String kioskCode) {
    return backend.buckets().kioskBuckets(REGION, LOCATION, kioskCode).stream()
        .mapToInt(BucketCounts::visits)
        .sum();
  }

  public long highestRevision(String kioskCode) {
    return backend.buckets().kioskBuckets(REGION, LOCATION, kioskCode).stream()
        .mapToLong(BucketCounts::revision)
        .max()
        .orElse(0);
  }

  /** Stops the server and closes the database; a second call does nothing. */
  @Override
  public void close() {
    if (server != null) {
      server.close();
      server = null;
      database.close();
    }
  }
}
