package nl.zuil.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.kiosk.testing.RecordingPrinter;
import nl.zuil.kiosk.testing.TestConfigs;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kiosk picks up a catalogue written beside it, between visitors only. */
class CatalogueReloadTest {

  @TempDir Path dir;
  final TestClock clock = TestClock.at("2026-11-25T10:00");
  KioskRuntime runtime;

  @BeforeEach
  void start() throws Exception {
    Files.writeString(dir.resolve("regio.json"), CatalogueLoader.defaultJson());
    String json =
        TestConfigs.landscapeJson()
            .replace("\"kioskCode\"", "\"cataloguePath\": \"regio.json\", \"kioskCode\"");
    runtime = KioskRuntime.start(TestConfigs.write(dir, json), clock, p -> new RecordingPrinter());
  }

  @AfterEach
  void stop() {
    runtime.close();
  }

  private void publish(String json) throws Exception {
    Path temp = dir.resolve(".regio.json.new");
    Files.writeString(temp, json);
    Files.move(
        temp,
        dir.resolve("regio.json"),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** Version 2 adds Wednesday mornings to the library's gids hours. */
  private static String wednesdaysToo() {
    return CatalogueLoader.defaultJson()
        .replaceFirst("\"version\": 1,", "\"version\": 2,")
        .replaceFirst(
            "\"monday\": \\[\"09:00-12:30\"\\], \"tuesday\"",
            "\"monday\": [\"09:00-12:30\"], \"wednesday\": [\"09:00-12:30\"], \"tuesday\"");
  }

  @Test
  void aNewCatalogueWaitsForAnIdleScreenAndThenGovernsTheKiosk() throws Exception {
    assertThat(runtime.presence().queueOpen()).isFalse();
    publish(wednesdaysToo());

    runtime.pollCatalogue();

    assertThat(runtime.applyPendingCatalogue(false)).isEmpty();
    assertThat(runtime.catalogue().version()).isEqualTo(1);
    assertThat(runtime.applyPendingCatalogue(true)).map(Catalogue::version).contains(2);
    assertThat(runtime.catalogue().version()).isEqualTo(2);
    assertThat(runtime.ledger().catalogue().version()).isEqualTo(2);
    assertThat(runtime.presence().queueOpen()).as("a gids on Wednesdays now").isTrue();
  }

  @Test
  void anInvalidFileLeavesTheCatalogueInUse() throws Exception {
    publish(wednesdaysToo().replace("\"09:00-12:30\"], \"wednesday\"", "\"9-12\"], \"wednesday\""));

    runtime.pollCatalogue();

    assertThat(runtime.applyPendingCatalogue(true)).isEmpty();
    assertThat(runtime.catalogue().version()).isEqualTo(1);
    assertThat(runtime.presence().queueOpen()).isFalse();
  }
}
