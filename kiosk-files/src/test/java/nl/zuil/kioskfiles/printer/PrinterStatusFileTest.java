package nl.zuil.kioskfiles.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import nl.zuil.kioskfiles.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrinterStatusFileTest {

  @TempDir Path dir;

  @Test
  void readsBackWhatWasWritten() throws IOException {
    PrinterStatusFile file = new PrinterStatusFile(dir.resolve("state/printer.json"));
    PrinterStatus status =
        new PrinterStatus(true, false, false, true, false, Instant.parse("2026-11-23T09:30:00Z"));

    file.write(status);

    assertThat(file.read()).contains(status);
  }

  @Test
  void aNewerStatusReplacesTheOldOneAndLeavesNoTemporaryFile() throws IOException {
    PrinterStatusFile file = new PrinterStatusFile(dir.resolve("printer.json"));
    file.write(PrinterStatus.ready(Instant.parse("2026-11-23T09:30:00Z")));
    PrinterStatus paperOut =
        new PrinterStatus(true, false, true, true, false, Instant.parse("2026-11-23T09:31:00Z"));

    file.write(paperOut);

    assertThat(file.read()).contains(paperOut);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve("printer.json"));
    }
  }

  @Test
  void theSyncAgentsGroupMayReadTheStatus() throws IOException {
    PrinterStatusFile file = new PrinterStatusFile(dir.resolve("printer.json"));

    file.write(PrinterStatus.ready(Instant.parse("2026-11-23T09:30:00Z")));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file())))
        .isEqualTo("rw-r-----");
  }

  @Test
  void readsTheFileAsTheKioskHasAlwaysWrittenIt() throws IOException {
    Path path = dir.resolve("printer.json");
    Files.copy(Golden.path("printer-status.json"), path);

    assertThat(new PrinterStatusFile(path).read())
        .contains(
            new PrinterStatus(
                true, false, false, true, false, Instant.parse("2026-11-23T09:30:00Z")));
  }

  @Test
  void writesTheSameBytesAsBefore() throws IOException {
    PrinterStatusFile file = new PrinterStatusFile(dir.resolve("printer.json"));

    file.write(
        new PrinterStatus(true, false, false, true, false, Instant.parse("2026-11-23T09:30:00Z")));

    assertThat(Files.readString(file.file()))
        .isEqualTo(Files.readString(Golden.path("printer-status.json")));
  }

  @Test
  void aNewerKiosksExtraFieldDoesNotStopAnOlderReader() throws IOException {
    Path path = dir.resolve("printer.json");
    Files.writeString(
        path,
        Files.readString(Golden.path("printer-status.json")).replace("{", "{\"jammed\":false,"));

    assertThat(new PrinterStatusFile(path).read()).map(PrinterStatus::paperNearEnd).contains(true);
  }

  @Test
  void aMissingFileMeansNoStatusYet() throws IOException {
    assertThat(new PrinterStatusFile(dir.resolve("absent.json")).read()).isEmpty();
  }

  @Test
  void refusesAFileThatIsNotAPrinterStatus() throws IOException {
    Path path = dir.resolve("printer.json");
    Files.writeString(path, "{\"online\": \"yes\", \"checkedAt\": \"2026-11-23T09:30:00Z\"}");

    assertThatThrownBy(() -> new PrinterStatusFile(path).read())
        .isInstanceOf(IOException.class)
        .hasMessageContaining(path.toString())
        .hasMessageContaining("online (line 1): expected true or false");

    Files.writeString(path, "{\"onl");
    assertThatThrownBy(() -> new PrinterStatusFile(path).read())
        .hasMessageContaining("not valid JSON");
  }
}
