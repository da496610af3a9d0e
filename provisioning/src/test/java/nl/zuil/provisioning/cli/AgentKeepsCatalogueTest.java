package nl.zuil.provisioning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.kioskfiles.agent.AgentSettingsFile;
import nl.zuil.ledger.Ledger;
import nl.zuil.provisioning.KioskRoot;
import nl.zuil.provisioning.Region;
import nl.zuil.provisioning.Tool;
import nl.zuil.provisioning.kiosk.ConfigJson;
import nl.zuil.sync.SyncAgent;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk set up by the tool (init, enrol) with the agent running on the settings the tool wrote:
 * the agent keeps the catalogue the kiosk reads at the region's published version (decisions 1051,
 * 0805), against the real backend over HTTPS on loopback.
 */
class AgentKeepsCatalogueTest {

  private static final String CATALOGUE = "/var/lib/zuil-catalogue/catalogue.json";

  @TempDir static Path certificates;
  private static TestCertificate certificate;

  @TempDir Path root;
  @TempDir Path backendDir;
  @TempDir Path elsewhere;
  private Region region;
  private KioskRoot kiosk;

  @BeforeAll
  static void certificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @BeforeEach
  void start() throws Exception {
    region = Region.start(backendDir, certificate);
    Path given = elsewhere.resolve("voorbeeldregio.json");
    Files.writeString(given, CatalogueLoader.defaultJson());
    kiosk =
        KioskRoot.at(root)
            .initialised("--region", Region.REGION, "--catalogue", given.toString())
            .enrolled(region);
  }

  @AfterEach
  void stop() {
    region.close();
  }

  @Test
  void theKioskAndTheAgentNameTheSameCatalogueFile() throws Exception {
    AgentSettings agent = AgentSettingsFile.load(kiosk.path("/etc/zuil/agent.json"));

    assertThat(kiosk.config().cataloguePath()).contains(kiosk.path(CATALOGUE));
    assertThat(agent.catalogueFile()).contains(kiosk.path(CATALOGUE));
    assertThat(Files.readString(kiosk.path("/etc/zuil/agent.json")))
        .contains("\"catalogueFile\": \"../../var/lib/zuil-catalogue/catalogue.json\"");
  }

  @Test
  void theAgentReplacesTheCatalogueTheKioskReadsWithThePublishedVersion() throws Exception {
    region.publish(Region.exampleCatalogue(2));
    TestClock clock = TestClock.at("2026-11-23T09:00");
    try (Ledger ledger = kiosk.openLedger(clock)) {
      KioskRoot.visits(ledger, clock, 4);
    }

    try (SyncAgent agent =
        SyncAgent.open(AgentSettingsFile.load(kiosk.path("/etc/zuil/agent.json")), clock)) {
      agent.attempt();
    }

    Path installed = kiosk.config().cataloguePath().orElseThrow();
    assertThat(CatalogueLoader.load(installed))
        .isEqualTo(Region.onKiosk(Region.exampleCatalogue(2)));
    assertThat(mode(installed)).isEqualTo(0640);
    try (Stream<Path> files = Files.list(kiosk.path("/var/lib/zuil-catalogue"))) {
      // Beside the catalogue only the referral slip key the kiosk signs with (decision 1053).
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("catalogue.json", "slip-key.json");
    }
    assertThat(mode(kiosk.path("/var/lib/zuil-catalogue/slip-key.json"))).isEqualTo(0640);
    assertThat(region.visits(Region.KIOSK)).isEqualTo(4);
    Tool.Run update = Tool.run("update-catalogue", root);
    assertThat(update.exitCode()).as(update.toString()).isZero();
    assertThat(update.out())
        .contains("nothing changed: catalogue voorbeeldregio version 2 is current");
  }

  @Test
  void initAfterEnrolPointsTheAgentAtTheCatalogueToo() throws Exception {
    Path agentJson = kiosk.path("/etc/zuil/agent.json");
    // As enrol wrote it before the catalogue had a place the agent may write.
    ObjectNode settings = ConfigJson.read(agentJson).orElseThrow();
    settings.remove("catalogueFile");
    Files.writeString(agentJson, ConfigJson.render(settings));
    assertThat(AgentSettingsFile.load(agentJson).catalogueFile()).isEmpty();

    Tool.Run run = kiosk.init();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("updated   /etc/zuil/agent.json (0640 root:zuil-sync)");
    assertThat(AgentSettingsFile.load(agentJson).catalogueFile()).contains(kiosk.path(CATALOGUE));
  }

  private static int mode(Path path) throws Exception {
    return ((Integer) Files.getAttribute(path, "unix:mode")) & 07777;
  }
}
