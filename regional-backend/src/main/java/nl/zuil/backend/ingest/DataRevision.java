package nl.zuil.backend.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The statistics revision of a region's months (decisions 0708, 0709): numbers raised in the same
 * transaction as every write that can change a dashboard figure (buckets applied raise their
 * months; a kiosk quarantined or released raises the region-wide row, which every key reads).
 * Whatever is cached under a set of revisions stays right until one of them is raised. Each kiosk
 * raises rows of its own, so two kiosks' deliveries never wait for each other here; a month's
 * revision is the sum of its rows, which every raise makes larger.
 */
public final class DataRevision {

  /** The row every selection's key includes: writes that change all months raise it. */
  private static final String EVERY_MONTH = "*";

  private DataRevision() {}

  /**
   * Raises the revisions of {@code months} for one kiosk's delivery. Called last in its transaction
   * and in month order: on PostgreSQL the rows stay locked until commit, so two deliveries of the
   * same kiosk wait only for each other's commit, and never for each other in a circle.
   */
  public static void raise(
      Connection c,
      String regionCode,
      String locationCode,
      String kioskCode,
      Collection<YearMonth> months)
      throws SQLException {
    TreeSet<String> names = new TreeSet<>();
    months.forEach(m -> names.add(m.toString()));
    raiseRows(c, regionCode, locationCode, kioskCode, names);
  }

  /** Raises the region-wide revision, for a write that changes the figures of every month. */
  public static void raiseEveryMonth(Connection c, String regionCode) throws SQLException {
    raiseRows(c, regionCode, EVERY_MONTH, EVERY_MONTH, new TreeSet<>(List.of(EVERY_MONTH)));
  }

  private static void raiseRows(
      Connection c,
      String regionCode,
      String locationCode,
      String kioskCode,
      TreeSet<String> months)
      throws SQLException {
    try (PreparedStatement raise =
        c.prepareStatement(
            "INSERT INTO stats_revision (region_code, month, location_code, kiosk_code, revision)"
                + " VALUES (?, ?, ?, ?, 1)"
                + " ON CONFLICT (region_code, month, location_code, kiosk_code)"
                + " DO UPDATE SET revision = stats_revision.revision + 1")) {
      for (String month : months) {
        raise.setString(1, regionCode);
        raise.setString(2, month);
        raise.setString(3, locationCode);
        raise.setString(4, kioskCode);
        raise.executeUpdate();
      }
    }
  }

  /**
   * The revisions a selection from {@code from} to {@code to} depends on, as this transaction sees
   * them: per month in between, that month's and the region-wide one in one text (equal texts,
   * equal figures). A month no write ever touched has one too.
   */
  public static Map<YearMonth, String> of(
      Connection c, String regionCode, LocalDate from, LocalDate to) throws SQLException {
    Map<String, Long> read = new HashMap<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT month, sum(revision) FROM stats_revision WHERE region_code = ?"
                + " AND (month = ? OR (month >= ? AND month <= ?)) GROUP BY month")) {
      query.setString(1, regionCode);
      query.setString(2, EVERY_MONTH);
      query.setString(3, YearMonth.from(from).toString());
      query.setString(4, YearMonth.from(to).toString());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          read.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    Map<YearMonth, String> revisions = new TreeMap<>();
    long everyMonth = read.getOrDefault(EVERY_MONTH, 0L);
    for (YearMonth month = YearMonth.from(from);
        !month.isAfter(YearMonth.from(to));
        month = month.plusMonths(1)) {
      revisions.put(month, everyMonth + ":" + read.getOrDefault(month.toString(), 0L));
    }
    return revisions;
  }
}
