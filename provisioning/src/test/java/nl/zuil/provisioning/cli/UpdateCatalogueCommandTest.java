package nl.zuil.provisioning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.kioskfiles.agent.AgentSettingsFile;
import nl.zuil.provisioning.FileTree;
import nl.zuil.provisioning.KioskRoot;
import nl.zuil.provisioning.Region;
import nl.zuil.provisioning.Tool;
import nl.zuil.testsupport.TestCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** update-catalogue against the real backend's GET /api/v1/catalogue. */
class UpdateCatalogueCommandTest {

  @TempDir static Path certificates;
  private static TestCertificate certificate;

  @TempDir Path root;
  @TempDir Path backendDir;
  private Region region;
  private KioskRoot kiosk;

  @BeforeAll
  static void certificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @BeforeEach
  void start() {
    region = Region.start(backendDir, certificate);
    kiosk = KioskRoot.at(root).initialised().enrolled(region);
  }

  @AfterEach
  void stop() {
    region.close();
  }

  @Test
  void installsTheRegionsCurrentCatalogueAndPointsTheKioskAtIt() throws Exception {
    region.publish(Region.exampleCatalogue(3));

    Tool.Run run = Tool.run("update-catalogue", root);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("created   /var/lib/zuil-catalogue/catalogue.json (0640 zuil-sync:zuil-kiosk)")
        .contains("updated   /etc/zuil/kiosk.json (0640 root:zuil-kiosk)")
        .contains("updated   /etc/zuil/agent.json (0640 root:zuil-sync)")
        .contains("catalogue voorbeeldregio version 3 installed")
        .contains("(was Zuil's example catalogue)")
        .contains("the kiosk switches to it at its next idle moment");
    Path installed = kiosk.path("/var/lib/zuil-catalogue/catalogue.json");
    assertThat(kiosk.config().cataloguePath()).contains(installed);
    assertThat(AgentSettingsFile.load(kiosk.path("/etc/zuil/agent.json")).catalogueFile())
        .contains(installed);
    assertThat(CatalogueLoader.load(installed))
        .isEqualTo(Region.onKiosk(Region.exampleCatalogue(3)));
  }

  @Test
  void aCurrentCatalogueIsLeftAsItIs() throws Exception {
    region.publish(Region.exampleCatalogue(2));
    assertThat(Tool.run("update-catalogue", root).exitCode()).isZero();
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run again = Tool.run("update-catalogue", root);

    assertThat(again.exitCode()).isZero();
    assertThat(again.out())
        .contains("nothing changed: catalogue voorbeeldregio version 2 is current");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void aNewerVersionReplacesTheInstalledOne() throws Exception {
    region.publish(Region.exampleCatalogue(2));
    assertThat(Tool.run("update-catalogue", root).exitCode()).isZero();
    region.publish(Region.exampleCatalogue(4));

    Tool.Run run = Tool.run("update-catalogue", root);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("updated   /var/lib/zuil-catalogue/catalogue.json")
        .doesNotContain("/etc/zuil/kiosk.json")
        .doesNotContain("updated   /etc/zuil/agent.json")
        .contains("version 4 installed")
        .contains("(was version 2)");
  }

  @Test
  void refusesAnOlderVersionThanTheInstalledOne() throws Exception {
    Path installed = kiosk.path("/etc/zuil/catalogue.json");
    Files.writeString(
        installed, CatalogueLoader.defaultJson().replace("\"version\": 1,", "\"version\": 9,"));
    kiosk.initialised("--catalogue", installed.toString());
    region.publish(Region.exampleCatalogue(5));
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run = Tool.run("update-catalogue", root);

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err())
        .contains("the backend serves version 5, older than the installed version 9")
        .contains("nothing was changed");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void refusesAnotherRegionsCatalogue() throws Exception {
    Path twente = backendDir.resolve("twente.json");
    Files.writeString(
        twente,
        CatalogueLoader.defaultJson()
            .replace("\"code\": \"voorbeeldregio\"", "\"code\": \"twente\""));
    kiosk.initialised("--catalogue", twente.toString());
    region.publish(Region.exampleCatalogue(5));
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run = Tool.run("update-catalogue", root);

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err())
        .contains(
            "the backend serves region voorbeeldregio's catalogue, the kiosk has region twente's")
        .contains("nothing was changed")
        .contains("run init again with the new region's catalogue");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void aCatalogueStillInEtcZuilIsMovedWhereTheAgentKeepsItCurrent() throws Exception {
    // How init left a kiosk before the catalogue had a folder of its own.
    Path old = kiosk.path("/etc/zuil/catalogue.json");
    Files.writeString(old, CatalogueLoader.toJson(Region.exampleCatalogue(2)));
    Path config = kiosk.path("/etc/zuil/kiosk.json");
    Files.writeString(
        config,
        Files.readString(config)
            .replaceFirst("\\n}\\n$", ",\n  \"cataloguePath\": \"catalogue.json\"\n}\n"));
    region.publish(Region.exampleCatalogue(2));

    Tool.Run run = Tool.run("update-catalogue", root);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Path moved = kiosk.path("/var/lib/zuil-catalogue/catalogue.json");
    assertThat(kiosk.config().cataloguePath()).contains(moved);
    assertThat(AgentSettingsFile.load(kiosk.path("/etc/zuil/agent.json")).catalogueFile())
        .contains(moved);
    assertThat(CatalogueLoader.load(moved)).isEqualTo(Region.onKiosk(Region.exampleCatalogue(2)));
    assertThat(run.out())
        .contains(
            "the catalogue moved from /etc/zuil/catalogue.json to"
                + " /var/lib/zuil-catalogue/catalogue.json")
        .contains("run zuil-provision install");
    Map<String, String> before = FileTree.snapshot(root);
    Tool.Run again = Tool.run("update-catalogue", root);
    assertThat(again.out())
        .contains("nothing changed: catalogue voorbeeldregio version 2 is current");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void aRevokedCredentialIsRefusedAndNothingChanges() {
    // Enrolling the same kiosk again revokes the credential this kiosk holds.
    region.enrolDirectly(region.enrolmentCode(Region.KIOSK));
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run = Tool.run("update-catalogue", root);

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("HTTP 401").contains("nothing was changed");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void anUnreachableBackendChangesNothing() {
    region.close();
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run = Tool.run("update-catalogue", root);

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("no answer from").contains("nothing was changed");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }
}
