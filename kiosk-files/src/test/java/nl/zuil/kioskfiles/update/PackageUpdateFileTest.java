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

class PackageUpdateFileTest {

  @TempDir Path dir;

  @Test
  void theFileSitsBesideTheLedgerAndReadsBackWhatWasWritten() throws IOException {
    PackageUpdateFile file = PackageUpdateFile.besideLedger(dir.resolve("ledger.db"));
    PackageUpdate update =
        new PackageUpdate("0.1.0~20261207T071200", Instant.parse("2026-12-07T03:02:00Z"));

    file.write(update);

    assertThat(file.file()).isEqualTo(dir.resolve("package-update.json"));
    assertThat(file.read()).contains(update);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file())))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void theMainThePackageRunsRecordsTheVersionNow() throws IOException {
    Instant before = Instant.now();

    RecordPackageUpdateMain.main(new String[] {dir.resolve("u.json").toString(), "0.2.0"});

    PackageUpdate written = new PackageUpdateFile(dir.resolve("u.json")).read().orElseThrow();
    assertThat(written.version()).isEqualTo("0.2.0");
    assertThat(written.newerThan(before.minusMillis(1))).isTrue();
  }

  @Test
  void onlyAnInstallAfterTheKiosksStartIsNewerThanIt() {
    PackageUpdate update = new PackageUpdate("0.2.0", Instant.parse("2026-12-07T03:02:00Z"));

    assertThat(update.newerThan(Instant.parse("2026-12-07T03:01:59Z"))).isTrue();
    assertThat(update.newerThan(Instant.parse("2026-12-07T03:02:01Z"))).isFalse();
  }

  @Test
  void aMissingFileMeansNoPackageAndABrokenOneIsNamed() throws IOException {
    assertThat(new PackageUpdateFile(dir.resolve("absent.json")).read()).isEmpty();

    Path path = dir.resolve("package-update.json");
    Files.writeString(path, "{\"version\": 2}");
    assertThatThrownBy(() -> new PackageUpdateFile(path).read())
        .isInstanceOf(IOException.class)
        .hasMessageContaining(path.toString());
  }
}
