package nl.zuil.provisioning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.kioskfiles.agent.AgentSettingsFile;
import nl.zuil.kioskfiles.credential.Credential;
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

/** Enrolment against the real regional backend over HTTPS on loopback. */
class EnrolCommandTest {

  @TempDir static Path certificates;
  private static TestCertificate certificate;
  private static TestCertificate otherCertificate;

  @TempDir Path root;
  @TempDir Path backendDir;
  private Region region;
  private KioskRoot kiosk;

  @BeforeAll
  static void certificates() {
    certificate = TestCertificate.create(certificates, "backend");
    otherCertificate = TestCertificate.create(certificates, "impostor");
  }

  @BeforeEach
  void start() {
    region = Region.start(backendDir, certificate);
    kiosk = KioskRoot.at(root).initialised();
  }

  @AfterEach
  void stop() {
    region.close();
  }

  @Test
  void exchangesTheCodeForACredentialOnlyTheAgentCanRead() throws Exception {
    Tool.Run run = kiosk.enrol(region, region.enrolmentCode(Region.KIOSK));

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("enrolled as kiosk zuil-1 at hengelo-bibliotheek in region voorbeeldregio")
        .contains("created   /etc/zuil/agent.json (0640 root:zuil-sync)")
        .contains("created   /var/lib/zuil-sync/credential.json (0600 zuil-sync:zuil-sync)");
    AgentSettings settings = AgentSettingsFile.load(kiosk.path("/etc/zuil/agent.json"));
    assertThat(settings.credentialFile())
        .isEqualTo(kiosk.path("/var/lib/zuil-sync/credential.json"));
    assertThat(settings.ledgerFile()).isEqualTo(kiosk.path("/var/lib/zuil/ledger.db"));
    assertThat(settings.trust().pinnedPublicKey()).contains(certificate.pin());
    assertThat(mode(settings.credentialFile())).isEqualTo(0600);
    Credential credential = Credential.read(settings.credentialFile());
    assertThat(credential.kioskCode()).isEqualTo(Region.KIOSK);
    assertThat(region.accepts(credential.authorization().substring("Bearer ".length()))).isTrue();
    assertThat(run.all()).doesNotContain(credential.authorization().substring("Bearer ".length()));
  }

  @Test
  void anEnrolledKioskIsLeftAsItIsAndTheNewCodeStaysUnused() throws Exception {
    kiosk.enrolled(region);
    Map<String, String> before = FileTree.snapshot(root);
    String unusedCode = region.enrolmentCode(Region.KIOSK);

    Tool.Run again = kiosk.enrol(region, unusedCode);

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out())
        .contains("unchanged /etc/zuil/agent.json")
        .contains("already enrolled as kiosk zuil-1 at hengelo-bibliotheek")
        .contains("the code was not used");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
    assertThat(region.enrolDirectly(unusedCode).device().kioskCode()).isEqualTo(Region.KIOSK);
  }

  @Test
  void anEnrolledKioskTakesANewBackendAddressWithoutACode() throws Exception {
    kiosk.enrolled(region);
    String credential = Files.readString(kiosk.path("/var/lib/zuil-sync/credential.json"));
    String byName = region.url().replace("127.0.0.1", "localhost");

    Tool.Run run = Tool.run("enrol", root, "--backend-url", byName, "--pin", region.pin());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("updated   /etc/zuil/agent.json")
        .contains("already enrolled as kiosk zuil-1")
        .doesNotContain("code");
    assertThat(AgentSettingsFile.load(kiosk.path("/etc/zuil/agent.json")).backendUrl())
        .hasToString(byName);
    assertThat(kiosk.path("/var/lib/zuil-sync/credential.json")).hasContent(credential);
  }

  @Test
  void theAgentsIntervalsAreSetByOptionsAndKeptWhenNotGivenAgain() throws Exception {
    Tool.Run run =
        kiosk.enrol(
            region,
            region.enrolmentCode(Region.KIOSK),
            "--sync-interval-seconds",
            "10",
            "--catalogue-interval-seconds",
            "60");
    Tool.Run again = Tool.run("enrol", root, "--backend-url", region.url(), "--pin", region.pin());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).contains("unchanged /etc/zuil/agent.json");
    AgentSettings settings = AgentSettingsFile.load(kiosk.path("/etc/zuil/agent.json"));
    assertThat(settings.syncInterval()).hasSeconds(10);
    assertThat(settings.catalogueInterval()).hasSeconds(60);
    assertThat(settings.healthInterval()).as("the agent's default").hasSeconds(300);
  }

  @Test
  void anIntervalTheAgentWouldRefuseNamesItsOptionAndTheCodeStaysUnused() throws Exception {
    Map<String, String> before = FileTree.snapshot(root);
    String code = region.enrolmentCode(Region.KIOSK);

    Tool.Run run = kiosk.enrol(region, code, "--catalogue-interval-seconds", "10");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("catalogueIntervalSeconds (--catalogue-interval-seconds)")
        .contains("must be a whole number from 60 to 86400")
        .contains("the code was not used");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
    assertThat(region.enrolDirectly(code).device().kioskCode()).isEqualTo(Region.KIOSK);
  }

  @Test
  void aKioskThatIsNotEnrolledNeedsACode() {
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run = Tool.run("enrol", root, "--backend-url", region.url(), "--pin", region.pin());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--code is needed: this kiosk is not enrolled yet");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void aUsedCodeIsRefusedAndNothingIsWritten() {
    String code = region.enrolmentCode(Region.KIOSK);
    region.enrolDirectly(code);
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run = kiosk.enrol(region, code);

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err())
        .contains("the backend refused the code")
        .contains("unknown, already used or expired")
        .contains("Ask IT beheer for a new one")
        .contains("nothing was changed");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void anExpiredOrWrongCodeIsRefused() {
    String expiring = region.enrolmentCode(Region.KIOSK, Duration.ofMinutes(10));
    region.clock().advanceMinutes(11);
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run expired = kiosk.enrol(region, expiring);
    Tool.Run wrong = kiosk.enrol(region, "AAAA-BBBB-CCCC-DDDD-EEEE");

    assertThat(expired.exitCode()).isEqualTo(4);
    assertThat(expired.err()).contains("unknown, already used or expired");
    assertThat(wrong.exitCode()).isEqualTo(4);
    assertThat(wrong.err()).contains("unknown, already used or expired");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void anUnreachableBackendLeavesTheCodeUnusedAndNothingWritten() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String code = region.enrolmentCode(Region.KIOSK);
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run =
        Tool.run(
            "enrol",
            root,
            "--backend-url",
            "https://127.0.0.1:" + closedPort,
            "--pin",
            region.pin(),
            "--code",
            code);

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("cannot reach https://127.0.0.1:" + closedPort)
        .contains("The code was not used");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
    assertThat(region.enrolDirectly(code).device().kioskCode()).isEqualTo(Region.KIOSK);
  }

  @Test
  void aBackendWithAnotherKeyThanThePinIsNotTrusted() {
    String code = region.enrolmentCode(Region.KIOSK);
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run =
        Tool.run(
            "enrol",
            root,
            "--backend-url",
            region.url(),
            "--pin",
            otherCertificate.pin(),
            "--code",
            code);

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("is not the backend the pin names").contains("not used");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void aCodeMadeForAnotherKioskIsRefusedAndNothingIsWritten() {
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run = kiosk.enrol(region, region.enrolmentCode("zuil-2"));

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err())
        .contains("the code was made for kiosk zuil-2 at hengelo-bibliotheek")
        .contains("but this kiosk is zuil-1 at hengelo-bibliotheek")
        .contains("ask IT beheer for a code for kiosk zuil-1");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void aMistypedPinIsRefusedBeforeTheCodeIsSent() {
    String code = region.enrolmentCode(Region.KIOSK);
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run =
        Tool.run(
            "enrol",
            root,
            "--backend-url",
            region.url(),
            "--pin",
            "sha256/too-short",
            "--code",
            code);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("trust.pinnedPublicKey (--pin) (line ").contains("not used");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
    assertThat(region.enrolDirectly(code).device().kioskCode()).isEqualTo(Region.KIOSK);
  }

  @Test
  void aKioskWithoutInitIsSentToInitFirst(@TempDir Path bare) {
    Tool.Run run = KioskRoot.at(bare).enrol(region, region.enrolmentCode(Region.KIOSK));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("run zuil-provision init first");
  }

  private static int mode(Path path) throws Exception {
    return ((Integer) Files.getAttribute(path, "unix:mode")) & 07777;
  }
}
