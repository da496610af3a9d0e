package nl.zuil.kiosk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kioskfiles.health.HealthFile;
import nl.zuil.kioskfiles.health.HealthSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Last successful sync" on the console, from the sync agent's health file. */
class SyncLineTest {

  @TempDir Path dir;
  KioskFixture kiosk;
  Path health;
  ConsoleService console;

  @BeforeEach
  void open() {
    kiosk = KioskFixture.direct(dir);
    health = dir.resolve("agent-health.json");
    console =
        new ConsoleService(
            kiosk.ledger,
            KioskFixture.CATALOGUE,
            Runnable::run,
            kiosk.clock,
            code -> code,
            kiosk.printer::status,
            Optional.of(new AgentHealth(health)),
            PartnerOrder::asInCatalogue,
            kiosk.presence);
  }

  @AfterEach
  void close() {
    kiosk.close();
  }

  private SyncLine sync() {
    return console.board().join().sync();
  }

  /** Writes the health file with the agent's own writer, as the agent does after an attempt. */
  private void agentWrites(String status, String lastSuccess, String updated) throws Exception {
    new HealthFile(health)
        .write(
            HealthSnapshot.of(
                status,
                Instant.parse(updated),
                0,
                0,
                Optional.ofNullable(lastSuccess).map(Instant::parse),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                Optional.empty()));
    // The console rereads the file when its modification time changes.
    Files.setLastModifiedTime(health, FileTime.from(Instant.parse(updated)));
  }

  @Test
  void withoutAHealthFileTheConsoleSaysTheAgentHasNotReported() {
    assertThat(sync())
        .isEqualTo(
            new SyncLine("Versturen naar de regio: geen bericht van het sync-programma", true));
  }

  @Test
  void aHealthyAgentShowsWhenItLastSentInLocalTime() throws Exception {
    agentWrites(HealthSnapshot.OK, "2026-11-23T08:12:00Z", "2026-11-23T08:25:00Z");

    assertThat(sync())
        .isEqualTo(new SyncLine("Laatst gegevens verstuurd naar de regio: vandaag 09:12", false));
  }

  @Test
  void anAgentThatKeepsFailingIsAWarningWithTheLastSuccess() throws Exception {
    agentWrites(HealthSnapshot.RETRYING, "2026-11-22T15:02:00Z", "2026-11-23T08:25:00Z");

    assertThat(sync())
        .isEqualTo(
            new SyncLine(
                "Versturen naar de regio lukt nu niet (laatst gelukt: gisteren 16:02). Meld dit"
                    + " aan de beheerder.",
                true));
  }

  @Test
  void anAgentThatWentQuietIsAWarningToo() throws Exception {
    agentWrites(HealthSnapshot.OK, "2026-11-23T06:00:00Z", "2026-11-23T06:00:00Z");

    assertThat(sync().warning()).isTrue();
  }

  @Test
  void anAgentThatNeverSucceededSaysSo() throws Exception {
    agentWrites(HealthSnapshot.RETRYING, null, "2026-11-23T08:25:00Z");

    assertThat(sync()).isEqualTo(new SyncLine("Nog geen gegevens verstuurd naar de regio", true));
  }

  @Test
  void aHalfWrittenFileCountsAsNoReport() throws Exception {
    Files.writeString(health, "{ \"status\": \"ok\", \"upda");

    assertThat(sync().text())
        .isEqualTo("Versturen naar de regio: geen bericht van het sync-programma");
  }
}
