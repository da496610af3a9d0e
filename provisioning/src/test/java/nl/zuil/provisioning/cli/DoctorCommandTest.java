package nl.zuil.provisioning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import nl.zuil.hardware.profile.HardwareProfiles;
import nl.zuil.hardware.virtualprinter.PtyPair;
import nl.zuil.hardware.virtualprinter.VirtualPrinter;
import nl.zuil.kioskfiles.agent.AgentSettingsFile;
import nl.zuil.kioskfiles.health.HealthFile;
import nl.zuil.kioskfiles.health.HealthSnapshot;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import nl.zuil.kioskfiles.printer.PrinterStatusFile;
import nl.zuil.ledger.Ledger;
import nl.zuil.provisioning.KioskRoot;
import nl.zuil.provisioning.Region;
import nl.zuil.provisioning.Tool;
import nl.zuil.sync.SyncAgent;
import nl.zuil.testsupport.RequiredTool;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Doctor on a kiosk set up end to end by the tool itself (init, enrol, install, update-catalogue)
 * against the real backend, with the virtual printer on a socat pty. systemctl, timedatectl and the
 * display's sysfs entry are the root's own, so each test decides what they say.
 */
class DoctorCommandTest {

  @TempDir static Path certificates;
  private static TestCertificate certificate;

  @TempDir Path root;
  @TempDir Path backendDir;
  @TempDir Path cable;

  @BeforeAll
  static void certificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @Test
  void aHealthyRunningKioskIsAllOk() throws Exception {
    try (Region region = Region.start(backendDir, certificate)) {
      KioskRoot kiosk = KioskRoot.at(root).initialised().enrolled(region);
      assertThat(Tool.run("install", root).exitCode()).isZero();
      region.publish(Region.exampleCatalogue(2));
      assertThat(Tool.run("update-catalogue", root).exitCode()).isZero();
      runningKiosk(kiosk);
      TestClock clock = TestClock.at("2026-11-23T09:00");
      try (Ledger ledger = kiosk.openLedger(clock)) {
        KioskRoot.visits(ledger, clock, 4);
      }
      // On a kiosk the kiosk unit's UMask=0007 gives the ledger this mode.
      Files.setAttribute(kiosk.path("/var/lib/zuil/ledger.db"), "unix:mode", 0660);
      try (SyncAgent agent =
          SyncAgent.open(AgentSettingsFile.load(kiosk.path("/etc/zuil/agent.json")), clock)) {
        agent.attempt();
      }
      // The agent's health file is stamped with its clock; doctor reads it at the real time.
      HealthFile health = new HealthFile(kiosk.path("/var/lib/zuil-health/health.json"));
      HealthSnapshot stamped = health.read();
      health.write(
          new HealthSnapshot(
              stamped.status(),
              Instant.now(),
              stamped.acknowledgedRevision(),
              stamped.ledgerRevision(),
              stamped.backlogRevisions(),
              stamped.lastSuccessAt(),
              stamped.problem(),
              stamped.nextAttemptAt(),
              stamped.clockOffsetMillis(),
              stamped.setAsideBuckets(),
              stamped.setAsideReason()));

      Tool.Run run = Tool.run("doctor", root);

      assertThat(lines(run))
          .containsExactly(
              "OK    kiosk config: valid: kiosk zuil-1 at hengelo-bibliotheek, hardware profile virtual.",
              "OK    printer: ready, paper present, as the running kiosk last saw it",
              "OK    ledger: sound (integrity_check ok), 4 visits stored, revision 2.",
              "OK    ledger access: the sync agent's group can read the ledger (2770/0660).",
              "OK    free disk:",
              "OK    clock: synchronised (NTP).",
              "OK    screen: HDMI-A-1 is 1920x1080, as the config expects (1080x1920, turned).",
              "OK    enrolment: enrolled as kiosk zuil-1 at hengelo-bibliotheek (device",
              "OK    backend: reachable at " + region.url() + ", the credential is accepted.",
              "OK    backend certificate: valid until",
              "OK    catalogue: region voorbeeldregio version 2",
              "OK    services: zuil-kiosk.service and zuil-sync-agent.service run.",
              "OK    sync agent: delivers counts; backlog 0 revisions.",
              "13 OK, 0 WARN, 0 FAIL");
      assertThat(run.exitCode()).isZero();
    }
  }

  @Test
  void printsATestTicketOnTheRealPortAndNoticesPaperOut() throws Exception {
    RequiredTool.find("socat", "socat");
    try (PtyPair pair = PtyPair.create(cable.resolve("kiosk"), cable.resolve("printer"));
        VirtualPrinter printer =
            VirtualPrinter.start(
                pair.printerEnd(), HardwareProfiles.load("virtual").printer(), null)) {
      KioskRoot kiosk =
          KioskRoot.at(root).initialised("--printer-device", pair.kioskEnd().toString());
      kiosk.systemd("inactive");

      Tool.Run ready = Tool.run("doctor", root, "--test-ticket");
      printer.awaitTickets(1, Duration.ofSeconds(10));
      printer.controls().paperOut(true);
      Tool.Run paperOut = Tool.run("doctor", root);

      assertThat(ready.out())
          .contains("OK    printer: ready, paper present, on " + pair.kioskEnd() + ".")
          .contains("OK    test ticket: printed and confirmed by the printer.")
          .contains(
              "FAIL  services: not running: zuil-kiosk.service zuil-sync-agent.service. Start it");
      assertThat(printer.tickets()).singleElement().matches(t -> t.complete());
      assertThat(paperOut.out())
          .contains("FAIL  printer: out of paper, on " + pair.kioskEnd() + ". Put in a new roll.");
      assertThat(paperOut.exitCode()).isEqualTo(2);
    }
  }

  @Test
  void aPrinterStatusTheAgentCannotReadIsAWarning() throws Exception {
    KioskRoot kiosk = KioskRoot.at(root).initialised();
    TestClock clock = TestClock.at("2026-11-23T09:00");
    try (Ledger ledger = kiosk.openLedger(clock)) {
      KioskRoot.visits(ledger, clock, 1);
    }
    Path ledger = kiosk.path("/var/lib/zuil/ledger.db");
    Files.setAttribute(ledger, "unix:mode", 0644);
    Path status = kiosk.path("/var/lib/zuil/printer.json");
    new PrinterStatusFile(status).write(PrinterStatus.ready(Instant.now()));
    // As a kiosk from before PrinterStatusFile set group-read would have left it.
    Files.setAttribute(status, "unix:mode", 0600);

    Tool.Run run = Tool.run("doctor", root);

    assertThat(run.out())
        .contains(
            "WARN  ledger access: the ledger is 0644, printer.json is 0600: the sync agent's group"
                + " cannot read everything it needs. chmod 0660 "
                + ledger
                + "; chmod 0640 "
                + kiosk.path("/var/lib/zuil/printer.json"));
  }

  @Test
  void aDamagedLedgerIsAFailWithTheRestoreAsItsFix() throws Exception {
    KioskRoot kiosk = KioskRoot.at(root).initialised();
    TestClock clock = TestClock.at("2026-11-23T09:00");
    try (Ledger ledger = kiosk.openLedger(clock)) {
      KioskRoot.visits(ledger, clock, 200);
    }
    Path file = kiosk.path("/var/lib/zuil/ledger.db");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(raf.length() / 2);
      raf.write(new byte[8192]);
    }

    Tool.Run run = Tool.run("doctor", root);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out())
        .containsPattern(
            "FAIL  ledger: (Ledger )?" + Pattern.quote(file.toString()) + " is damaged")
        .contains(
            "Stop the kiosk and the agent, then: zuil-provision restore --from <latest backup>"
                + " (the damaged file is kept aside).");
  }

  @Test
  void aBareMachineGetsAFailWithTheFixForEachCheck() {
    Tool.Run run = Tool.run("doctor", root);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out())
        .contains(
            "FAIL  kiosk config: there is no /etc/zuil/kiosk.json: run zuil-provision init."
                + " Correct the named fields, or run zuil-provision init again")
        .contains(
            "FAIL  enrolment: there is no /etc/zuil/agent.json: the kiosk is not enrolled."
                + " Ask IT beheer for an enrolment code, then: zuil-provision enrol --code CODE")
        .contains(
            "WARN  clock: cannot tell whether the clock is synchronised (timedatectl is not"
                + " installed)")
        .contains("WARN  services: cannot tell whether the kiosk and the agent run");
  }

  @Test
  void aPrinterThatIsNotThereIsAFail() throws Exception {
    KioskRoot.at(root).initialised("--printer-device", cable.resolve("nothing").toString());

    Tool.Run run = Tool.run("doctor", root);

    assertThat(run.out())
        .contains(
            "FAIL  printer: no device at "
                + cable.resolve("nothing")
                + ". Connect the printer, or give init the right --printer-device.");
  }

  /** What the kiosk and its machine show while the kiosk runs, as doctor reads them. */
  private static void runningKiosk(KioskRoot kiosk) throws Exception {
    kiosk.systemd("active");
    kiosk.program("timedatectl", "echo yes");
    Path display = Files.createDirectories(kiosk.path("/sys/class/drm/card0-HDMI-A-1"));
    Files.writeString(display.resolve("status"), "connected\n", StandardCharsets.US_ASCII);
    Files.writeString(display.resolve("modes"), "1920x1080\n1280x720\n", StandardCharsets.US_ASCII);
    Path unplugged = Files.createDirectories(kiosk.path("/sys/class/drm/card0-DP-1"));
    Files.writeString(unplugged.resolve("status"), "disconnected\n", StandardCharsets.US_ASCII);
    Path printerStatus = kiosk.path("/var/lib/zuil/printer.json");
    new PrinterStatusFile(printerStatus).write(PrinterStatus.ready(Instant.now()));
    // PrinterStatusFile writes 0600 today, which the agent's user cannot read; doctor warns (see
    // aPrinterStatusTheAgentCannotReadIsAWarning). A kiosk writing it group-readable looks so:
    Files.setAttribute(printerStatus, "unix:mode", 0640);
  }

  /** The output's lines, each cut to the length of the expected line it is compared with. */
  private static List<String> lines(Tool.Run run) {
    return run.out().lines().map(DoctorCommandTest::stable).toList();
  }

  /** Drops what changes from run to run: dates, device ids, free megabytes, paths. */
  private static String stable(String line) {
    String[] prefixes = {
      "OK    printer: ready, paper present, as the running kiosk last saw it",
      "OK    free disk:",
      "OK    enrolment: enrolled as kiosk zuil-1 at hengelo-bibliotheek (device",
      "OK    backend certificate: valid until",
      "OK    catalogue: region voorbeeldregio version 2"
    };
    for (String prefix : prefixes) {
      if (line.startsWith(prefix)) {
        return prefix;
      }
    }
    return line;
  }
}
