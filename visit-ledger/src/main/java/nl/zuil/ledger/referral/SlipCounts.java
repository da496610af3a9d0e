package nl.zuil.ledger.referral;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.zuil.ledger.store.LedgerDatabase;
import nl.zuil.regionapi.SlipLinks;

/**
 * The kiosk's count of referral slips printed (decision 1053): one row per ISO week, partner and
 * question type, raised by one per slip. Nothing ties a count to the visit the slip was printed
 * for; the sync agent sends the counts, the region compares them with arrivals.
 */
public final class SlipCounts {

  private final LedgerDatabase database;

  public SlipCounts(LedgerDatabase database) {
    this.database = database;
  }

  /** Counts one slip printed on {@code day}; returns the week's count for its key. */
  public SlipCount count(LocalDate day, String partnerCode, String questionCode) {
    String week = SlipLinks.isoWeek(day);
    return database.write(
        c -> {
          long revision = latestRevision(c) + 1;
          try (PreparedStatement upsert =
              c.prepareStatement(
                  "INSERT INTO referral_slip (iso_week, partner_code, question_code, issued,"
                      + " revision) VALUES (?, ?, ?, 1, ?) ON CONFLICT (iso_week, partner_code,"
                      + " question_code) DO UPDATE SET issued = issued + 1,"
                      + " revision = excluded.revision")) {
            upsert.setString(1, week);
            upsert.setString(2, partnerCode);
            upsert.setString(3, questionCode);
            upsert.setLong(4, revision);
            upsert.executeUpdate();
          }
          return list(
                  c,
                  "WHERE iso_week = ? AND partner_code = ? AND question_code = ?",
                  week,
                  partnerCode,
                  questionCode)
              .get(0);
        });
  }

  /** Counts changed after {@code revision}, lowest revision first. */
  public List<SlipCount> changedSince(long revision) {
    return database.read(c -> list(c, "WHERE revision > ? ORDER BY revision", revision));
  }

  private static long latestRevision(Connection c) throws SQLException {
    try (PreparedStatement query =
            c.prepareStatement("SELECT COALESCE(MAX(revision), 0) FROM referral_slip");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static List<SlipCount> list(Connection c, String where, Object... values)
      throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT iso_week, partner_code, question_code, issued, revision FROM referral_slip "
                + where)) {
      for (int i = 0; i < values.length; i++) {
        query.setObject(i + 1, values[i]);
      }
      List<SlipCount> counts = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          counts.add(
              new SlipCount(
                  row.getString(1),
                  row.getString(2),
                  row.getString(3),
                  row.getInt(4),
                  row.getLong(5)));
        }
      }
      return counts;
    }
  }
}
