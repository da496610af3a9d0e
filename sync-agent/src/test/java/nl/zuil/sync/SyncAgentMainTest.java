package nl.zuil.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent as a real process: enrolment, --once, bad settings, SIGTERM. */
class SyncAgentMainTest {

  @TempDir static Path certificates;
  private static TestCertificate certificate;

  @TempDir Path dir;
  private TestBackend backend;
  private Path log;

  @BeforeAll
  static void makeCertificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @BeforeEach
  void start() {
    backend = TestBackend.create(TestBackend.Kind.SQLITE, dir, Optional.of(certificate)).start();
    log = dir.resolve("agent.log");
  }

  @AfterEach
  void stop() {
    backend.close();
  }

  @Test
  void enrolsThenSendsOnceAndNeverWritesTheCredentialToItsLog() throws Exception {
    Path settings = AgentProcess.settingsFile(dir, backend.url(), certificate.pin(), 8192);
    String code = backend.enrolmentCode("zuil-1");

    assertThat(exit(AgentProcess.start(log, "--config", settings.toString(), "--enrol", code)))
        .as(Files.readString(log))
        .isZero();
    Path credentialFile = dir.resolve("credential.json");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentialFile)))
        .isEqualTo("rw-------");
    try (TestKiosk kiosk =
        new TestKiosk(dir.resolve("ledger.db"), "zuil-1", TestClock.at("2026-11-20T09:00"), 3)) {
      kiosk.visits(200);
      assertThat(exit(AgentProcess.start(log, "--config", settings.toString(), "--once")))
          .as(Files.readString(log))
          .isZero();
      assertThat(backend.counts("zuil-1")).isEqualTo(kiosk.counts());
    }

    String secret =
        Files.readString(credentialFile).replaceAll("(?s).*\"credential\":\"([^\"]+)\".*", "$1");
    assertThat(secret).startsWith("zd1.");
    String output = Files.readString(log);
    assertThat(output).contains("DEBUG").contains("acknowledged");
    assertThat(output)
        .doesNotContain(secret)
        .doesNotContain(secret.substring(secret.lastIndexOf('.') + 1));
    assertThat(output).doesNotContain(code);
  }

  @Test
  void badSettingsExitWithTwoNameTheFieldAndChangeNothing() throws Exception {
    Path settings =
        Files.writeString(
            dir.resolve("agent.json"),
            "{\"ledgerFile\": \"ledger.db\", \"backendUrl\": \"ftp://x\", \"stateFile\": \"s.db\"}");

    int exit = exit(AgentProcess.start(log, "--config", settings.toString(), "--once"));

    assertThat(exit).isEqualTo(2);
    assertThat(Files.readString(log))
        .contains("backendUrl (line 1): ")
        .contains("credentialFile (line 1): ");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "agent.json", "agent.log", "backend.db", "backend.db-wal", "backend.db-shm");
    }
  }

  @Test
  void onceSaysNotDeliveredWhenTheBackendIsDown() throws Exception {
    Path settings = AgentProcess.settingsFile(dir, backend.url(), certificate.pin(), 8192);
    backend.enrol("zuil-1", dir.resolve("credential.json"));
    try (TestKiosk kiosk =
        new TestKiosk(dir.resolve("ledger.db"), "zuil-1", TestClock.at("2026-11-20T09:00"), 4)) {
      kiosk.visits(5);
    }
    backend.stop();

    assertThat(exit(AgentProcess.start(log, "--config", settings.toString(), "--once")))
        .isEqualTo(3);
    assertThat(Files.readString(dir.resolve("agent-health.json"))).contains("retrying");
  }

  @Test
  void theLongLivedAgentStopsCleanlyOnSigterm() throws Exception {
    Path settings = AgentProcess.settingsFile(dir, backend.url(), certificate.pin(), 8192);
    Credential credential = backend.enrol("zuil-1", dir.resolve("credential.json"));
    try (TestKiosk kiosk =
        new TestKiosk(dir.resolve("ledger.db"), "zuil-1", TestClock.at("2026-11-20T09:00"), 5)) {
      kiosk.visits(50);
      Process agent = AgentProcess.start(log, "--config", settings.toString());
      Path health = dir.resolve("agent-health.json");
      for (int i = 0; i < 600 && !statusIs(health, "ok"); i++) {
        assertThat(agent.isAlive()).as(Files.readString(log)).isTrue();
        Thread.sleep(50);
      }
      assertThat(statusIs(health, "ok")).as(Files.readString(log)).isTrue();

      agent.toHandle().destroy();

      assertThat(agent.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(agent.exitValue()).isEqualTo(143);
      assertThat(Files.readString(log)).contains("sync agent stopped");
      assertThat(statusIs(health, "stopped")).isTrue();
      assertThat(backend.counts(credential.kioskCode())).isEqualTo(kiosk.counts());
    }
  }

  private static boolean statusIs(Path health, String status) throws Exception {
    return Files.exists(health)
        && Files.readString(health).contains("\"status\" : \"" + status + "\"");
  }

  private static int exit(Process process) throws InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the agent did not finish in 60 s");
    }
    return process.exitValue();
  }
}
