package nl.zuil.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import nl.zuil.ledger.LedgerFixture;
import nl.zuil.ledger.Ticket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write-ahead log gives a busy day's peak back to the disk instead of keeping it. */
class WriteAheadLogTest {

  @TempDir Path dir;

  @Test
  void aBusyDayDoesNotLeaveItsPeakInTheLog() throws Exception {
    try (LedgerFixture kiosk = new LedgerFixture(dir, "2026-11-23T09:00")) {
      kiosk.ledger.inSingleTransaction(() -> issue(kiosk, 6000));
      long peak = Files.size(wal(kiosk));
      assertThat(peak).isGreaterThan(2 * LedgerDatabase.WAL_KEEP_BYTES);

      // Ordinary visits afterwards: SQLite's own checkpoints restart the log and cut it down. The
      // log then holds at most what it keeps plus the transaction that passed the checkpoint
      // mark: a ticket writes a handful of pages (the visit, its indexes, the slot), each frame a
      // 4 KiB page with a 24-byte header.
      issue(kiosk, 2 * LedgerDatabase.WAL_CHECKPOINT_PAGES);

      long oneTicketsFrames = 16L * (4096 + 24);
      assertThat(Files.size(wal(kiosk)))
          .isLessThanOrEqualTo(LedgerDatabase.WAL_KEEP_BYTES + oneTicketsFrames)
          .isLessThan(peak / 2);
    }
  }

  @Test
  void aCheckpointEmptiesTheLogAndKeepsEveryVisit() throws Exception {
    try (LedgerFixture kiosk = new LedgerFixture(dir, "2026-11-23T09:00")) {
      kiosk.ledger.inSingleTransaction(() -> issue(kiosk, 3000));
      assertThat(Files.size(wal(kiosk))).isGreaterThan(LedgerDatabase.WAL_KEEP_BYTES);

      assertThat(kiosk.ledger.checkpoint()).isTrue();

      assertThat(Files.size(wal(kiosk))).isZero();
      assertThat(kiosk.ledger.facts().storedVisits()).isEqualTo(3000);
    }
  }

  @Test
  void aCheckpointDoesNotWaitForTheSyncAgentsReadAndTriesAgainLater() throws Exception {
    try (LedgerFixture kiosk = new LedgerFixture(dir, "2026-11-23T09:00")) {
      kiosk.ledger.inSingleTransaction(() -> issue(kiosk, 500));
      try (Connection agent = kiosk.rawConnection();
          Statement statement = agent.createStatement()) {
        statement.execute("BEGIN");
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM visit")) {
          rows.next();
        }
        issue(kiosk, 1);

        assertThat(kiosk.ledger.checkpoint()).isFalse();

        statement.execute("COMMIT");
      }
      assertThat(kiosk.ledger.checkpoint()).isTrue();
      assertThat(Files.size(wal(kiosk))).isZero();
    }
  }

  private static Path wal(LedgerFixture kiosk) {
    return kiosk.file.resolveSibling(kiosk.file.getFileName() + "-wal");
  }

  private static void issue(LedgerFixture kiosk, int visits) {
    for (int i = 0; i < visits; i++) {
      Ticket ticket = kiosk.issue(i % 2 == 0 ? "find_work" : "money_debt");
      assertThat(ticket.number()).isNotBlank();
    }
  }
}
