package nl.zuil.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.kiosk.testing.RecordingPrinter;
import nl.zuil.kiosk.testing.TestConfigs;
import nl.zuil.kioskfiles.ledger.LedgerMarkerFile;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import nl.zuil.kioskfiles.printer.PrinterStatusFile;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an installer sees when the kiosk refuses to start. */
class KioskStartupTest {

  @TempDir Path dir;
  final TestClock clock = TestClock.at("2026-11-23T08:00");
  final RecordingPrinter printer = new RecordingPrinter();

  private KioskRuntime start(String json) throws StartupException {
    return KioskRuntime.start(TestConfigs.write(dir, json), clock, p -> printer);
  }

  @Test
  void startsAndClosesCleanly() throws Exception {
    KioskRuntime runtime = start(TestConfigs.landscapeJson());
    runtime.close();
    runtime.close();

    assertThat(printer.closed()).isTrue();
    assertThat(Files.exists(dir.resolve("ledger.db"))).isTrue();
  }

  @Test
  void keepsThePrinterStatusBesideTheLedgerForTheSyncAgent() throws Exception {
    KioskRuntime runtime = start(TestConfigs.landscapeJson());
    try {
      PrinterStatusFile file = new PrinterStatusFile(dir.resolve("printer.json"));
      assertThat(file.read()).map(PrinterStatus::canPrint).contains(true);

      printer.paperOut();

      assertThat(file.read()).map(PrinterStatus::paperOut).contains(true);
    } finally {
      runtime.close();
    }
  }

  @Test
  void aFirstStartStartsANewLedgerAndRemembersIt() throws Exception {
    start(TestConfigs.landscapeJson()).close();

    assertThat(new LedgerMarkerFile(dir.resolve("ledger-marker.json")).read()).isPresent();

    start(TestConfigs.landscapeJson()).close();
  }

  @Test
  void aLedgerThatIsGoneIsRefusedByNameInsteadOfStartedAgain() throws Exception {
    start(TestConfigs.landscapeJson()).close();
    Files.delete(dir.resolve("ledger.db"));

    assertThatThrownBy(() -> start(TestConfigs.landscapeJson()))
        .isInstanceOfSatisfying(
            StartupException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(StartupException.LEDGER_UNAVAILABLE);
              assertThat(e.getMessage())
                  .contains(dir.resolve("ledger.db").toAbsolutePath() + " is missing")
                  .contains("did not start a new ledger")
                  .contains("zuil-provision restore");
            });
    assertThat(dir.resolve("ledger.db")).doesNotExist();
    assertThat(printer.closed()).isTrue();
  }

  @Test
  void anEmptiedLedgerIsRefusedAndLeftAsItIs() throws Exception {
    start(TestConfigs.landscapeJson()).close();
    Files.write(dir.resolve("ledger.db"), new byte[0]);

    assertThatThrownBy(() -> start(TestConfigs.landscapeJson()))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining(dir.resolve("ledger.db").toAbsolutePath() + " is empty (0 bytes)");
    assertThat(dir.resolve("ledger.db")).isEmptyFile();
  }

  @Test
  void deletingTheMarkerStartsANewLedgerOnPurpose() throws Exception {
    start(TestConfigs.landscapeJson()).close();
    Files.delete(dir.resolve("ledger.db"));
    Files.delete(dir.resolve("ledger-marker.json"));

    start(TestConfigs.landscapeJson()).close();

    assertThat(dir.resolve("ledger.db")).isNotEmptyFile();
  }

  @Test
  void aWrongConfigNamesTheFieldWithExitCodeTwo() {
    assertThatThrownBy(() -> start(TestConfigs.landscapeJson().replace("\"zuil-1\"", "\"Zuil 1\"")))
        .isInstanceOfSatisfying(
            StartupException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(2);
              assertThat(e.getMessage()).containsPattern("kioskCode \\(line \\d+\\): 'Zuil 1'");
            });
  }

  @Test
  void aRegionsCatalogueWithoutANewerScreenTextStartsWithTheReleasesWords() throws Exception {
    String catalogue =
        CatalogueLoader.defaultJson().replaceAll("(?m)^\\s*\"common\\.listen\": \\{[^\\n]*\\n", "");
    assertThat(catalogue).doesNotContain("common.listen");
    Files.writeString(dir.resolve("regio.json"), catalogue);
    String json =
        TestConfigs.landscapeJson()
            .replace("\"kioskCode\"", "\"cataloguePath\": \"regio.json\", \"kioskCode\"");

    try (KioskRuntime runtime = start(json)) {
      assertThat(runtime.catalogue().texts().get("common.listen").in("nl")).isEqualTo("Luister");
    }
  }

  @Test
  void aScreenTextWithoutItsPlaceholderIsRefusedByName() throws Exception {
    String catalogue = CatalogueLoader.defaultJson().replace("{seconds}", "een paar");
    Files.writeString(dir.resolve("regio.json"), catalogue);
    String json =
        TestConfigs.landscapeJson()
            .replace("\"kioskCode\"", "\"cataloguePath\": \"regio.json\", \"kioskCode\"");

    assertThatThrownBy(() -> start(json))
        .isInstanceOfSatisfying(
            StartupException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(2);
              assertThat(e.getMessage()).contains("regio.json").contains("lacks {seconds}");
            });
  }

  @Test
  void aDamagedLedgerIsLeftAloneWithExitCodeThree() throws Exception {
    byte[] junk = "this is not a database, and nobody may overwrite it".getBytes();
    Files.write(dir.resolve("ledger.db"), junk);

    assertThatThrownBy(() -> start(TestConfigs.landscapeJson()))
        .isInstanceOfSatisfying(
            StartupException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(3);
              assertThat(e.getMessage()).contains("visit ledger cannot be opened");
            });
    assertThat(Files.readAllBytes(dir.resolve("ledger.db"))).isEqualTo(junk);
    assertThat(printer.closed()).isTrue();
  }
}
