package nl.zuil.sync.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.KioskCopy;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.sync.SyncAgent;
import nl.zuil.sync.TestAgents;
import nl.zuil.sync.TestBackend;
import nl.zuil.sync.TestKiosk;
import nl.zuil.sync.catalogue.CatalogueCheck.Result;
import nl.zuil.sync.transport.BackendClient;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent keeps the kiosk's catalogue file at the region's published version: over HTTPS on
 * loopback with the real backend, and against a backend that lies, which changes nothing.
 */
class CatalogueUpdateTest {

  @TempDir static Path certificates;
  private static TestCertificate certificate;

  @TempDir Path dir;
  private TestBackend backend;
  private Path etc;
  private Path catalogueFile;

  @BeforeAll
  static void makeCertificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @BeforeEach
  void start() throws Exception {
    backend = TestBackend.create(TestBackend.Kind.SQLITE, dir, Optional.of(certificate)).start();
    backend.enrol("zuil-1", dir.resolve("credential.json"));
    etc = Files.createDirectory(dir.resolve("etc"));
    catalogueFile = etc.resolve("catalogue.json");
  }

  @AfterEach
  void stop() {
    backend.close();
  }

  @Test
  void theAgentInstallsAPublishedVersionInOneRenameAndKeepsTheFileMode() throws Exception {
    install(CatalogueLoader.defaultJson());
    Files.setPosixFilePermissions(catalogueFile, PosixFilePermissions.fromString("rw-r-----"));
    backend.backend().regions().publish(variant(TestBackend.REGION, 2));
    AgentSettings settings =
        TestAgents.keepingCatalogue(
            TestAgents.settings(dir, backend.url(), TestAgents.pinned(certificate.pin())),
            catalogueFile);

    try (TestKiosk kiosk =
            new TestKiosk(dir.resolve("ledger.db"), "zuil-1", TestClock.at("2026-11-20T09:00"), 1);
        SyncAgent agent = SyncAgent.open(settings, Clock.systemUTC())) {
      kiosk.visits(3);
      agent.attempt();
    }

    Catalogue installed = CatalogueLoader.load(catalogueFile);
    assertThat(installed.version()).isEqualTo(2);
    // As published, but for the fields only the backend reads (decision 0703), in the kiosk format
    // the agent asks for (0307).
    assertThat(installed)
        .isEqualTo(
            CatalogueLoader.parse(
                KioskCopy.of(
                        CatalogueLoader.toJson(variant(TestBackend.REGION, 2)), KioskCopy.FORMAT)
                    .toString(),
                "kiosk copy"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(catalogueFile)))
        .isEqualTo("rw-r-----");
    try (var files = Files.list(etc)) {
      // No temporary file left; beside the catalogue only the referral slip key (decision 1053).
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .containsExactlyInAnyOrder("catalogue.json", "slip-key.json");
    }
    assertThat(backend.totalVisits("zuil-1")).isEqualTo(3);
  }

  @Test
  void anUnchangedCatalogueIsCurrentAndLeavesTheFileAlone() throws Exception {
    install(CatalogueLoader.defaultJson());
    backend.backend().regions().publish(variant(TestBackend.REGION, 2));
    try (BackendClient client = client(backend.url())) {
      CatalogueUpdater updater = updater(client);

      assertThat(updater.check().result()).isEqualTo(Result.INSTALLED);
      byte[] afterInstall = Files.readAllBytes(catalogueFile);
      CatalogueCheck again = updater.check();

      assertThat(again.result()).isEqualTo(Result.CURRENT);
      assertThat(again.installedVersion()).isEqualTo(2);
      assertThat(Files.readAllBytes(catalogueFile)).isEqualTo(afterInstall);
    }
  }

  @Test
  void anUpdatedAgentInstallsTheSameVersionWithThePagesPerLanguageItsKioskNowReads()
      throws Exception {
    Catalogue published = variant(TestBackend.REGION, 2);
    backend.backend().regions().publish(published);
    // What the previous release's agent installed: it asks without kioskFormat (decision 0307).
    install(KioskCopy.of(CatalogueLoader.toJson(published), KioskCopy.FIRST_FORMAT).toString());
    assertThat(CatalogueLoader.load(catalogueFile).questionTypes())
        .allMatch(q -> q.infoUrls() == null);

    try (BackendClient client = client(backend.url())) {
      CatalogueCheck check = updater(client).check();

      assertThat(check.result()).isEqualTo(Result.INSTALLED);
      assertThat(check.installedVersion()).isEqualTo(2);
    }
    Catalogue installed = CatalogueLoader.load(catalogueFile);
    assertThat(installed.questionType("find_work").orElseThrow().infoUrl("ar"))
        .isEqualTo("https://www.werkcentrum.example/ar/finding-work");
  }

  @Test
  void anOlderVersionThanTheInstalledOneIsRefused() throws Exception {
    String newer = CatalogueLoader.toJson(variant(TestBackend.REGION, 5));
    install(newer);
    try (BackendClient client = client(backend.url())) {
      CatalogueCheck check = updater(client).check();

      assertThat(check.result()).isEqualTo(Result.REFUSED);
      assertThat(check.reason()).contains("older than the installed version 5");
    }
    assertThat(Files.readString(catalogueFile)).isEqualTo(newer);
  }

  @Test
  void anotherRegionsCatalogueIsRefused() throws Exception {
    String twente = CatalogueLoader.toJson(variant("twente", 1));
    install(twente);
    backend.backend().regions().publish(variant(TestBackend.REGION, 2));
    try (BackendClient client = client(backend.url())) {
      CatalogueCheck check = updater(client).check();

      assertThat(check.result()).isEqualTo(Result.REFUSED);
      assertThat(check.reason()).contains("region voorbeeldregio").contains("region twente");
    }
    assertThat(Files.readString(catalogueFile)).isEqualTo(twente);
  }

  @Test
  void aBackendThatLiesChangesNothing() throws Exception {
    String installed = CatalogueLoader.defaultJson();
    String valid = CatalogueLoader.toJson(variant(TestBackend.REGION, 3));
    String invalid = valid.replace("\"nl\" : \"Werk zoeken\",", "");
    List<String[]> lies =
        List.of(
            new String[] {"not json at all", "not JSON"},
            new String[] {answer("voorbeeldregio", 3, invalid), "questionTypes[0].labels"},
            new String[] {answer("voorbeeldregio", 9, valid), "says version 9"},
            new String[] {answer("twente", 3, valid), "of twente but sent"},
            new String[] {"{\"regionCode\": \"voorbeeldregio\", \"version\": 3}", "no regionCode"});
    for (String[] lie : lies) {
      install(installed);
      HttpServer liar =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      liar.createContext(
          "/api/v1/catalogue",
          exchange -> {
            byte[] body = lie[0].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      liar.start();
      try (BackendClient client = client("http://127.0.0.1:" + liar.getAddress().getPort())) {
        CatalogueCheck check = updater(client).check();

        assertThat(check.result()).as(lie[1]).isEqualTo(Result.REFUSED);
        assertThat(check.reason()).as(lie[1]).contains(lie[1]);
      } finally {
        liar.stop(0);
      }
      assertThat(Files.readString(catalogueFile)).as(lie[1]).isEqualTo(installed);
    }
    assertThat(valid).contains("\"nl\" : \"Werk zoeken\",");
  }

  private void install(String json) throws Exception {
    Files.writeString(catalogueFile, json);
  }

  private BackendClient client(String url) throws Exception {
    return BackendClient.create(
        TestAgents.settings(
            dir,
            url,
            url.startsWith("https") ? TestAgents.pinned(certificate.pin()) : TestAgents.none()),
        Clock.systemUTC());
  }

  private CatalogueUpdater updater(BackendClient client) throws Exception {
    return new CatalogueUpdater(
        new CatalogueFile(catalogueFile), client, Credential.read(dir.resolve("credential.json")));
  }

  private static String answer(String region, int version, String catalogue) {
    return "{\"regionCode\": \""
        + region
        + "\", \"version\": "
        + version
        + ", \"publishedAt\": \"2026-11-23T12:00:00Z\", \"catalogue\": "
        + catalogue
        + "}";
  }

  private static Catalogue variant(String region, int version) throws Exception {
    return CatalogueLoader.parse(
        CatalogueLoader.defaultJson()
            .replace("\"code\": \"voorbeeldregio\"", "\"code\": \"" + region + "\"")
            .replace("\"version\": 1,", "\"version\": " + version + ","),
        "variant " + region + " " + version);
  }
}
