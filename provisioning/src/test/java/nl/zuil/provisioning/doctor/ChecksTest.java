package nl.zuil.provisioning.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.kioskfiles.health.HealthFile;
import nl.zuil.kioskfiles.health.HealthSnapshot;
import nl.zuil.provisioning.KioskRoot;
import nl.zuil.provisioning.files.Layout;
import nl.zuil.provisioning.host.Host;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks one by one, each against a root that shows exactly what the check reads. */
class ChecksTest {

  @TempDir Path root;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          echo yes                | OK    clock: synchronised (NTP).
          echo no                 | WARN  clock: not synchronised: visits may be counted in the wrong hour. Turn on time synchronisation
          echo 'no bus' >&2; exit 1 | WARN  clock: cannot tell whether the clock is synchronised (timedatectl did not answer). Make sure an NTP client runs
          """)
  void tellsWhetherTheClockIsSynchronised(String timedatectl, String expected) throws Exception {
    KioskRoot.at(root).program("timedatectl", timedatectl);

    assertThat(line(new ClockCheck())).startsWith(expected);
  }

  @Test
  void aScreenOfAnotherSizeThanTheProfileSaysIsAFail() throws Exception {
    KioskRoot kiosk = KioskRoot.at(root).initialised();
    display(kiosk, "card1-eDP-1", "connected", "1366x768\n1024x768\n");

    assertThat(line(new ScreenCheck()))
        .isEqualTo(
            "FAIL  screen: eDP-1 is 1366x768, but the config expects 1080x1920: touch targets would"
                + " have the wrong size. Choose the hardware profile of this screen (zuil-provision"
                + " init --profile), or describe the screen in the screen section of the kiosk"
                + " config.");
  }

  @Test
  void withoutAConnectedDisplayTheScreenCannotBeTold() throws Exception {
    KioskRoot kiosk = KioskRoot.at(root).initialised();
    display(kiosk, "card0-HDMI-A-1", "disconnected", "");

    assertThat(line(new ScreenCheck()))
        .startsWith("WARN  screen: cannot tell: no connected display in /sys/class/drm");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          5000 | OK    free disk: 5000 MB free for
          800  | WARN  free disk: 800 MB free for
          150  | FAIL  free disk: 150 MB free for
          """)
  void warnsWellBeforeTheDiskIsFull(long freeMegabytes, String expected) {
    KioskRoot.at(root).initialised();

    String line = line(new DiskCheck(path -> freeMegabytes * 1024 * 1024));

    assertThat(line).startsWith(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0   | 400 | OK    console certificate: valid until
          0   | 10  | WARN  console certificate: expires on
          -60 | 30  | FAIL  console certificate: expired on
          """)
  void tellsWhenTheWebConsolesCertificateRunsOut(int startDays, int validDays, String expected)
      throws Exception {
    Path etc = Files.createDirectories(root.resolve("etc/zuil"));
    keystore(etc.resolve("console.p12"), "secret-123", startDays, validDays);
    Files.writeString(etc.resolve("console-password"), "secret-123\n");
    Files.writeString(
        etc.resolve("kiosk.json"),
        "{ \"console\": { \"keystorePath\": \"console.p12\","
            + " \"keystorePasswordFile\": \"console-password\" } }");

    assertThat(line(new CertificateCheck())).startsWith(expected);
  }

  @Test
  void anAgentThatStoppedReportingIsAWarning() throws Exception {
    KioskRoot kiosk = KioskRoot.at(root).initialised();
    Files.writeString(
        kiosk.path("/etc/zuil/agent.json"),
        "{ \"ledgerFile\": \"../../var/lib/zuil/ledger.db\", \"backendUrl\":"
            + " \"http://127.0.0.1:9\", \"allowPlainHttp\": true, \"credentialFile\":"
            + " \"../../var/lib/zuil-sync/credential.json\", \"stateFile\":"
            + " \"../../var/lib/zuil-sync/state.db\", \"healthFile\":"
            + " \"../../var/lib/zuil-sync/health.json\" }");
    new HealthFile(kiosk.path("/var/lib/zuil-sync/health.json"))
        .write(
            HealthSnapshot.of(
                HealthSnapshot.OK,
                Instant.parse("2026-01-01T00:00:00Z"),
                0,
                0,
                Optional.of(Instant.parse("2026-01-01T00:00:00Z")),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                Optional.empty()));

    assertThat(line(new AgentHealthCheck()))
        .startsWith("WARN  sync agent: its last report is")
        .endsWith("minutes old. Is it running? systemctl status zuil-sync-agent.service.");
  }

  @Test
  void aCatalogueStillInEtcZuilIsAWarningThatSaysHowToMoveIt() throws Exception {
    KioskRoot kiosk = KioskRoot.at(root).initialised();
    Files.writeString(kiosk.path("/etc/zuil/catalogue.json"), CatalogueLoader.defaultJson());
    Path config = kiosk.path("/etc/zuil/kiosk.json");
    Files.writeString(
        config,
        Files.readString(config)
            .replaceFirst("\\n}\\n$", ",\n  \"cataloguePath\": \"catalogue.json\"\n}\n"));

    assertThat(line(new CatalogueCheck()))
        .startsWith("WARN  catalogue: region voorbeeldregio version 1")
        .contains("the sync agent cannot keep it current there")
        .contains(
            "Run zuil-provision update-catalogue (it moves the catalogue to"
                + " /var/lib/zuil-catalogue)");
  }

  @Test
  void anAgentThatDoesNotKeepTheKiosksCatalogueIsAWarning() throws Exception {
    Path given = Files.createDirectories(root.resolve("given")).resolve("catalogue.json");
    Files.writeString(given, CatalogueLoader.defaultJson());
    KioskRoot kiosk = KioskRoot.at(root).initialised("--catalogue", given.toString());
    Files.writeString(
        kiosk.path("/etc/zuil/agent.json"),
        "{ \"ledgerFile\": \"../../var/lib/zuil/ledger.db\", \"backendUrl\":"
            + " \"http://127.0.0.1:9\", \"allowPlainHttp\": true, \"credentialFile\":"
            + " \"../../var/lib/zuil-sync/credential.json\", \"stateFile\":"
            + " \"../../var/lib/zuil-sync/state.db\", \"healthFile\":"
            + " \"../../var/lib/zuil-sync/health.json\" }");

    assertThat(line(new CatalogueCheck()))
        .startsWith("WARN  catalogue: region voorbeeldregio version 1")
        .contains("the sync agent does not keep it current (agent.json catalogueFile)");
  }

  private String line(Check check) {
    DoctorContext context = new DoctorContext(Host.of(new Layout(root)), Clock.systemUTC(), false);
    List<Finding> findings = check.run(context);
    assertThat(findings).hasSize(1);
    return findings.get(0).line();
  }

  private static void display(KioskRoot kiosk, String name, String status, String modes)
      throws Exception {
    Path connector = Files.createDirectories(kiosk.path("/sys/class/drm/" + name));
    Files.writeString(connector.resolve("status"), status + "\n", StandardCharsets.US_ASCII);
    Files.writeString(connector.resolve("modes"), modes, StandardCharsets.US_ASCII);
  }

  /** A PKCS12 keystore whose certificate starts {@code startDays} from now. */
  private static void keystore(Path file, String password, int startDays, int validDays)
      throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "console",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=zuil-1",
                "-validity",
                String.valueOf(validDays),
                "-storetype",
                "PKCS12",
                "-keystore",
                file.toString(),
                "-storepass",
                password));
    if (startDays != 0) {
      command.addAll(List.of("-startdate", startDays + "d"));
    }
    Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).as(output).isZero();
  }
}
