package nl.zuil.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.kiosk.testing.RecordingPrinter;
import nl.zuil.kiosk.testing.TestConfigs;
import nl.zuil.kioskfiles.update.KioskStart;
import nl.zuil.kioskfiles.update.KioskStartFile;
import nl.zuil.kioskfiles.update.PackageUpdate;
import nl.zuil.kioskfiles.update.PackageUpdateFile;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk tells the sync agent how its last start went, with the version it runs and the
 * catalogue its screens show (decision 0808).
 */
class KioskStartRecordTest {

  @TempDir Path dir;
  final TestClock clock = TestClock.at("2026-12-07T07:12");

  private Path config() {
    return TestConfigs.write(
        dir,
        TestConfigs.landscapeJson()
            .replace("\"kioskCode\"", "\"cataloguePath\": \"regio.json\", \"kioskCode\""));
  }

  private KioskStart recorded() throws Exception {
    return new KioskStartFile(dir.resolve(KioskStartFile.NAME)).read().orElseThrow();
  }

  @Test
  void aStartAfterAnUpdateReportsThePackageVersionAndTheCatalogueOnceTheScreenShows()
      throws Exception {
    Files.writeString(dir.resolve("regio.json"), CatalogueLoader.defaultJson());
    new PackageUpdateFile(dir.resolve(PackageUpdateFile.NAME))
        .write(new PackageUpdate("0.1.0~20261207T0300", Instant.parse("2026-12-07T03:00:00Z")));

    try (KioskRuntime runtime = KioskRuntime.start(config(), clock, p -> new RecordingPrinter())) {
      assertThat(recorded().state()).isEqualTo(KioskStart.STARTING);
      assertThat(recorded().version()).isEqualTo("0.1.0~20261207T0300");

      clock.advance(Duration.ofSeconds(8));
      runtime.shown();

      KioskStart shown = recorded();
      assertThat(shown.state()).isEqualTo(KioskStart.SHOWN);
      assertThat(shown.startedAt()).isEqualTo(clock.instant().minusSeconds(8));
      assertThat(shown.catalogueVersion()).isEqualTo(1);
      assertThat(shown.catalogueSince()).isEqualTo(clock.instant());

      Files.writeString(
          dir.resolve("regio.json"),
          CatalogueLoader.defaultJson().replaceFirst("\"version\": 1,", "\"version\": 2,"));
      runtime.pollCatalogue();
      clock.advance(Duration.ofMinutes(5));
      runtime.applyPendingCatalogue(true);

      assertThat(recorded().catalogueVersion()).isEqualTo(2);
      assertThat(recorded().catalogueSince()).isEqualTo(clock.instant());
      assertThat(recorded().state()).isEqualTo(KioskStart.SHOWN);
    }
  }

  @Test
  void aKioskBuiltFromSourceSaysSo() throws Exception {
    Files.writeString(dir.resolve("regio.json"), CatalogueLoader.defaultJson());

    try (KioskRuntime runtime = KioskRuntime.start(config(), clock, p -> new RecordingPrinter())) {
      assertThat(recorded().version()).isEqualTo(KioskRuntime.FROM_SOURCE);
    }
  }

  @Test
  void aStartThatIsRefusedIsRecordedAsFailedWithWhy() throws Exception {
    Files.writeString(dir.resolve("regio.json"), "{\"version\": ");

    assertThatThrownBy(() -> KioskRuntime.start(config(), clock, p -> new RecordingPrinter()))
        .isInstanceOf(StartupException.class);

    KioskStart failed = recorded();
    assertThat(failed.state()).isEqualTo(KioskStart.FAILED);
    assertThat(failed.problem()).contains("regio.json");
  }
}
