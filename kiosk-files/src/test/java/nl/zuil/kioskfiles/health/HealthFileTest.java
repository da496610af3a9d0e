package nl.zuil.kioskfiles.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import nl.zuil.kioskfiles.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthFileTest {

  @TempDir Path dir;

  static final HealthSnapshot RETRYING =
      HealthSnapshot.of(
          HealthSnapshot.RETRYING,
          Instant.parse("2026-11-23T08:25:00Z"),
          41,
          44,
          Optional.of(Instant.parse("2026-11-22T15:02:00Z")),
          Optional.of("backend unreachable: connect timed out"),
          Optional.of(Instant.parse("2026-11-23T08:26:00Z")),
          Optional.of(-1200L),
          1,
          Optional.of("refused: unknown question type"));

  @Test
  void readsBackWhatWasWritten() throws IOException {
    HealthFile file = new HealthFile(dir.resolve("agent/health.json"));

    file.write(RETRYING);

    assertThat(file.read()).isEqualTo(RETRYING);
    assertThat(file.read().backlogRevisions()).isEqualTo(3);
  }

  @Test
  void theKiosksGroupMayReadItAndNobodyElse() throws IOException {
    HealthFile file = new HealthFile(dir.resolve("health.json"));

    file.write(RETRYING);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file())))
        .isEqualTo("rw-r-----");
  }

  @Test
  void readsTheFileAsTheAgentHasAlwaysWrittenIt() throws IOException {
    assertThat(new HealthFile(Golden.path("agent-health.json")).read()).isEqualTo(RETRYING);

    HealthSnapshot first = new HealthFile(Golden.path("agent-health-first.json")).read();
    assertThat(first.status()).isEqualTo(HealthSnapshot.NO_LEDGER);
    assertThat(first.lastSuccess()).isEmpty();
    assertThat(first.clockOffsetMillis()).isNull();
  }

  @Test
  void writesTheSameBytesAsBefore() throws IOException {
    HealthFile file = new HealthFile(dir.resolve("health.json"));

    file.write(RETRYING);

    assertThat(Files.readString(file.file()))
        .isEqualTo(Files.readString(Golden.path("agent-health.json")));
  }

  @Test
  void aNewerAgentsExtraFieldDoesNotStopAnOlderReader() throws IOException {
    Path path = dir.resolve("health.json");
    Files.writeString(
        path,
        Files.readString(Golden.path("agent-health.json"))
            .replace("{", "{ \"catalogueVersion\" : 7,"));

    assertThat(new HealthFile(path).read().lastSuccess())
        .contains(Instant.parse("2026-11-22T15:02:00Z"));
  }

  @Test
  void aMissingFileSaysSoAndAHalfWrittenOneNamesTheFile() throws IOException {
    Path path = dir.resolve("health.json");
    assertThatThrownBy(() -> new HealthFile(path).read()).isInstanceOf(NoSuchFileException.class);

    Files.writeString(path, "{ \"status\": \"ok\", \"upda");
    assertThatThrownBy(() -> new HealthFile(path).read())
        .isInstanceOf(IOException.class)
        .hasMessageContaining(path.toString())
        .hasMessageContaining("not valid JSON");
  }
}
