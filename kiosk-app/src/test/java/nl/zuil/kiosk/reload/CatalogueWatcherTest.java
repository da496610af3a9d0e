package nl.zuil.kiosk.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueWatcherTest {

  private static final String VERSION_ONE = CatalogueLoader.defaultJson();

  @TempDir Path dir;
  Path file;
  CatalogueWatcher watcher;

  @BeforeEach
  void catalogueInUse() throws Exception {
    file = dir.resolve("catalogue.json");
    Files.writeString(file, VERSION_ONE);
    watcher = new CatalogueWatcher(file, CatalogueLoader.loadDefault(), c -> List.of());
  }

  /** As zuil-provision and the sync agent write it: a temp file renamed over the old one. */
  private void publish(String json) throws Exception {
    Path temp = dir.resolve(".catalogue.json.tmp");
    Files.writeString(temp, json);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String version(int version) {
    return VERSION_ONE.replaceFirst("\"version\": 1,", "\"version\": " + version + ",");
  }

  @Test
  void theFileInUseIsNothingNew() {
    assertThat(watcher.poll()).isEmpty();
  }

  @Test
  void aPublishedVersionIsHandedOutOnce() throws Exception {
    publish(version(2));

    assertThat(watcher.poll()).map(Catalogue::version).contains(2);
    assertThat(watcher.poll()).isEmpty();
  }

  @Test
  void anInvalidFileIsRefusedAndTheNextValidOneStillComes() throws Exception {
    publish(version(2).replace("\"prefix\": \"W\"", "\"prefix\": \"werk\""));

    assertThat(watcher.poll()).isEmpty();
    assertThat(watcher.poll()).isEmpty();

    publish(version(3));
    assertThat(watcher.poll()).map(Catalogue::version).contains(3);
  }

  @Test
  void aCatalogueTheKioskCannotShowIsRefused() throws Exception {
    CatalogueWatcher strict =
        new CatalogueWatcher(
            file,
            CatalogueLoader.loadDefault(),
            c -> c.version() == 2 ? List.of("texts.ticket.done: missing") : List.of());
    publish(version(2));

    assertThat(strict.poll()).isEmpty();
  }

  @Test
  void aMissingFileChangesNothing() throws Exception {
    Files.delete(file);

    assertThat(watcher.poll()).isEmpty();
  }
}
