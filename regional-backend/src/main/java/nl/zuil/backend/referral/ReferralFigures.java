package nl.zuil.backend.referral;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.zuil.backend.ingest.Quarantine;
import nl.zuil.backend.stats.ReferralCounts;
import nl.zuil.backend.store.Database;

/**
 * Reads issued slips and confirmed arrivals of a region side by side, per referring location,
 * partner, question type and week, in one snapshot. Issued counts of kiosks in quarantine are left
 * out like their buckets (0208); arrivals belong to no kiosk and always count. An arrival confirmed
 * before the kiosk's counts reached the region simply shows beside an issued count that catches up
 * at the next sync: nothing is lost either way.
 */
public final class ReferralFigures {

  private final Database database;

  public ReferralFigures(Database database) {
    this.database = database;
  }

  /** Every count of the region from week {@code fromWeek} to {@code toWeek} (both included). */
  public List<ReferralCounts> between(String regionCode, String fromWeek, String toWeek) {
    return database.inTransaction(
        c -> {
          Map<String, long[]> counts = new TreeMap<>();
          Quarantine.Exclusion quarantined = Quarantine.exclusion(c, regionCode);
          read(
              c,
              "SELECT location_code, partner_code, question_code, iso_week, SUM(issued), 0, 0, 0"
                  + " FROM referral_issued WHERE region_code = ? AND iso_week BETWEEN ? AND ?"
                  + quarantined.sql()
                  + " GROUP BY location_code, partner_code, question_code, iso_week",
              regionCode,
              fromWeek,
              toWeek,
              quarantined.values(),
              counts);
          read(
              c,
              "SELECT location_code, partner_code, question_code, iso_week, 0, arrived, helped,"
                  + " not_for_us FROM referral_arrival WHERE region_code = ? AND iso_week BETWEEN"
                  + " ? AND ?",
              regionCode,
              fromWeek,
              toWeek,
              List.of(),
              counts);
          List<ReferralCounts> rows = new ArrayList<>();
          counts.forEach(
              (key, n) -> {
                String[] k = key.split("\t");
                rows.add(new ReferralCounts(k[0], k[1], k[2], k[3], n[0], n[1], n[2], n[3]));
              });
          return rows;
        });
  }

  private static void read(
      Connection c,
      String sql,
      String regionCode,
      String fromWeek,
      String toWeek,
      List<String> more,
      Map<String, long[]> counts)
      throws SQLException {
    try (PreparedStatement query = c.prepareStatement(sql)) {
      query.setString(1, regionCode);
      query.setString(2, fromWeek);
      query.setString(3, toWeek);
      for (int i = 0; i < more.size(); i++) {
        query.setString(4 + i, more.get(i));
      }
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          String key =
              String.join(
                  "\t", row.getString(1), row.getString(2), row.getString(3), row.getString(4));
          long[] n = counts.computeIfAbsent(key, k -> new long[4]);
          for (int i = 0; i < 4; i++) {
            n[i] += row.getLong(5 + i);
          }
        }
      }
    }
  }
}
