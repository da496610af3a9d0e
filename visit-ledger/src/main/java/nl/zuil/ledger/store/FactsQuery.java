package nl.zuil.ledger.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import nl.zuil.ledger.LedgerFacts;

/** Reads {@link LedgerFacts} for the kiosk and for the sync agent's health report. */
public final class FactsQuery {

  private FactsQuery() {}

  public static LedgerFacts read(LedgerDatabase database) {
    return database.read(
        c -> {
          try (Statement statement = c.createStatement();
              ResultSet row =
                  statement.executeQuery(
                      "SELECT (SELECT count(*) FROM visit), (SELECT max(issued_at_ms) FROM visit),"
                          + " (SELECT value FROM ledger_meta WHERE name = 'revision')")) {
            row.next();
            long visits = row.getLong(1);
            long last = row.getLong(2);
            Optional<Instant> lastVisit =
                row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last));
            return new LedgerFacts(size(database.file()), visits, lastVisit, row.getLong(3));
          }
        });
  }

  private static long size(Path file) {
    try {
      long bytes = Files.size(file);
      Path wal = file.resolveSibling(file.getFileName() + "-wal");
      return Files.exists(wal) ? bytes + Files.size(wal) : bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
