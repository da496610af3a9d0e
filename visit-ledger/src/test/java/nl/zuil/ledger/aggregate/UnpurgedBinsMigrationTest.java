package nl.zuil.ledger.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.zuil.ledger.LedgerFixture;
import nl.zuil.ledger.Ticket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ledger schema 9 fills the buckets' packed bins from {@code bucket_duration} for a ledger that
 * already has buckets; a refresh then compares against them. What the migration writes must be
 * exactly what the aggregator writes, or a kiosk's first refresh after the update would see changes
 * that are not there (new revisions for nothing) or miss real ones.
 */
class UnpurgedBinsMigrationTest {

  @TempDir Path dir;

  @Test
  void theMigrationPacksTheBinsAsTheAggregatorDoes() throws Exception {
    try (LedgerFixture fixture = new LedgerFixture(dir, "2026-11-23T09:05")) {
      for (int i = 0; i < 12; i++) {
        Ticket ticket = fixture.issue(i % 2 == 0 ? "find_work" : "learning");
        fixture.clock.advanceMinutes(i * 7);
        fixture.ledger.desk().call(ticket.number(), "balie-1");
        fixture.clock.advanceMinutes(i * 3);
        if (i % 3 > 0) {
          fixture.ledger.desk().recordOutcome(ticket.number(), "answered", null);
        }
      }
      fixture.ledger.aggregator().refresh();
      List<List<Long>> written = packed(fixture);
      assertThat(written).anySatisfy(row -> assertThat(row).anyMatch(value -> value > 1));

      try (Connection c = fixture.rawConnection();
          Statement statement = c.createStatement()) {
        statement.executeUpdate(
            "UPDATE bucket SET " + String.join(" = -1, ", PackedBins.allColumns()) + " = -1");
        statement.executeUpdate(fill());
      }

      assertThat(packed(fixture)).isEqualTo(written);
      assertThat(fixture.ledger.aggregator().rebuild()).isZero();
    }
  }

  private static List<List<Long>> packed(LedgerFixture fixture) throws Exception {
    List<List<Long>> rows = new ArrayList<>();
    try (Connection c = fixture.rawConnection();
        ResultSet row =
            c.createStatement()
                .executeQuery(
                    "SELECT "
                        + String.join(", ", PackedBins.allColumns())
                        + " FROM bucket ORDER BY id")) {
      while (row.next()) {
        List<Long> values = new ArrayList<>();
        for (int column = 1; column <= PackedBins.allColumns().size(); column++) {
          values.add(row.getLong(column));
        }
        rows.add(values);
      }
    }
    return rows;
  }

  /** The migration's own UPDATE, as a ledger at schema 8 runs it. */
  private static String fill() throws Exception {
    try (InputStream script =
        UnpurgedBinsMigrationTest.class.getResourceAsStream(
            "/nl/zuil/ledger/store/migrations/009-unpurged-bins.sql")) {
      String text = new String(script.readAllBytes(), StandardCharsets.UTF_8);
      return text.substring(text.indexOf("UPDATE bucket SET"));
    }
  }
}
