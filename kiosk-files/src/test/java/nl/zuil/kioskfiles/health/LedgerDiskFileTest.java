package nl.zuil.kioskfiles.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerDiskFileTest {

  @TempDir Path dir;

  @Test
  void theAgentReadsBackWhatTheKioskWroteBesideItsLedger() throws IOException {
    LedgerDiskFile file = LedgerDiskFile.besideLedger(dir.resolve("ledger.db"));
    LedgerDiskStatus full =
        new LedgerDiskStatus(
            Instant.parse("2026-11-25T10:00:30Z"),
            4096,
            3,
            Instant.parse("2026-11-25T10:00:22Z"),
            3);

    file.write(full);

    assertThat(file.file()).isEqualTo(dir.resolve("ledger-disk.json"));
    assertThat(file.read()).contains(full);
    assertThat(full.alarming()).isTrue();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file())))
        .isEqualTo("rw-r-----");
  }

  @Test
  void aKioskOfAnOlderReleaseWroteNoneAndANewerOnesExtraFieldIsIgnored() throws IOException {
    LedgerDiskFile file = LedgerDiskFile.besideLedger(dir.resolve("ledger.db"));
    assertThat(file.read()).isEmpty();

    Files.writeString(
        file.file(),
        "{\"checkedAt\":\"2026-11-25T10:00:30Z\",\"freeBytes\":900000000,\"writeFailures\":0,"
            + "\"lastWriteFailureAt\":null,\"heldVisits\":0,\"inodesFree\":12}");

    assertThat(file.read()).map(LedgerDiskStatus::alarming).contains(false);
  }

  @Test
  void aDamagedFileIsNamedInTheError() throws IOException {
    LedgerDiskFile file = LedgerDiskFile.besideLedger(dir.resolve("ledger.db"));
    Files.writeString(file.file(), "{\"checkedAt\":");

    assertThatThrownBy(file::read)
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file.file().toString());
  }
}
