package nl.zuil.kioskfiles.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskStartFileTest {

  @TempDir Path dir;
  final Instant start = Instant.parse("2026-12-07T06:12:00Z");

  @Test
  void aStartThatShowsItsScreenRecordsTheCatalogueTakenUp() throws IOException {
    KioskStartFile file = KioskStartFile.besideLedger(dir.resolve("ledger.db"));
    KioskStart starting = KioskStart.starting("0.1.0~1", start);
    file.write(starting);
    assertThat(file.read()).contains(starting);

    KioskStart shown = starting.shown(3, start.plusSeconds(9));
    file.write(shown);

    assertThat(file.file()).isEqualTo(dir.resolve("kiosk-start.json"));
    KioskStart read = file.read().orElseThrow();
    assertThat(read.state()).isEqualTo(KioskStart.SHOWN);
    assertThat(read.startedAt()).isEqualTo(start);
    assertThat(read.catalogueVersion()).isEqualTo(3);
    assertThat(read.catalogueSince()).isEqualTo(start.plusSeconds(9));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file())))
        .as("the agent reads it through the ledger's group")
        .isEqualTo("rw-r-----");
  }

  @Test
  void aFailedStartKeepsWhy() throws IOException {
    KioskStartFile file = new KioskStartFile(dir.resolve("kiosk-start.json"));

    file.write(KioskStart.starting("0.2.0", start).failed("ledger schema 9 is newer", start));

    assertThat(file.read())
        .get()
        .extracting(KioskStart::state, KioskStart::problem, KioskStart::catalogueVersion)
        .containsExactly(KioskStart.FAILED, "ledger schema 9 is newer", null);
  }

  @Test
  void aNewerKiosksExtraFieldDoesNotStopAnOlderAgent() throws IOException {
    Path path = dir.resolve("kiosk-start.json");
    new KioskStartFile(path).write(KioskStart.starting("0.2.0", start));
    Files.writeString(path, Files.readString(path).replace("{", "{\"screen\":\"portrait\","));

    assertThat(new KioskStartFile(path).read()).map(KioskStart::version).contains("0.2.0");
  }

  @Test
  void aMissingFileIsAnOlderKioskAndABrokenOneIsNamed() throws IOException {
    assertThat(new KioskStartFile(dir.resolve("absent.json")).read()).isEmpty();

    Path path = dir.resolve("kiosk-start.json");
    Files.writeString(path, "{\"version\": \"0.2.0\"");
    assertThatThrownBy(() -> new KioskStartFile(path).read())
        .isInstanceOf(IOException.class)
        .hasMessageContaining(path.toString());
  }
}
