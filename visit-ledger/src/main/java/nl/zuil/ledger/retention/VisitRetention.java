package nl.zuil.ledger.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.zuil.ledger.aggregate.BucketAggregator;
import nl.zuil.ledger.aggregate.DirtySlots;
import nl.zuil.ledger.store.LedgerDatabase;

/**
 * Deletes single visits once they are older than the retention period; their counts stay in the
 * buckets. In one transaction per service day: aggregate the day a last time, move its counts into
 * the buckets' purged columns (so no later recompute can lose them), delete its visits.
 *
 * <p>A ticket still open when its day is purged is counted without an outcome.
 */
public final class VisitRetention {

  public static final int DEFAULT_DAYS = 90;

  private final LedgerDatabase database;
  private final BucketAggregator aggregator;
  private final Clock clock;

  public VisitRetention(LedgerDatabase database, BucketAggregator aggregator, Clock clock) {
    this.database = database;
    this.aggregator = aggregator;
    this.clock = clock;
  }

  /**
   * Deletes the visits of every service day more than {@code days} days before today.
   *
   * @return how many visits were deleted
   */
  public int purgeOlderThan(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("retention must be at least 1 day, got " + days);
    }
    LocalDate cutoff = LocalDate.now(clock).minusDays(days);
    int deleted = 0;
    for (String date : database.read(c -> datesBefore(c, cutoff))) {
      deleted += database.write(c -> purgeDay(c, date));
    }
    return deleted;
  }

  private int purgeDay(Connection c, String date) throws SQLException {
    try (PreparedStatement slots =
        c.prepareStatement(
            "SELECT DISTINCT location_code, issued_hour FROM visit WHERE service_date = ?")) {
      slots.setString(1, date);
      try (ResultSet rows = slots.executeQuery()) {
        while (rows.next()) {
          DirtySlots.mark(database, rows.getString(1), date, rows.getInt(2));
        }
      }
    }
    aggregator.refreshDay(c, date);
    execute(
        c,
        "UPDATE bucket SET purged_visits = visits, purged_confirmed = confirmed,"
            + " purged_corrected = corrected,"
            + " purged_questions = questions,"
            + " purged_rated_good = rated_good, purged_rated_ok = rated_ok,"
            + " purged_rated_bad = rated_bad,"
            + " unpurged_wait_0 = 0, unpurged_wait_1 = 0, unpurged_wait_2 = 0,"
            + " unpurged_wait_3 = 0, unpurged_service_0 = 0, unpurged_service_1 = 0,"
            + " unpurged_service_2 = 0, unpurged_service_3 = 0 WHERE service_date = ?",
        date);
    execute(
        c,
        "UPDATE bucket_duration SET purged_visits = visits"
            + " WHERE bucket_id IN (SELECT id FROM bucket WHERE service_date = ?)",
        date);
    execute(
        c,
        "DELETE FROM visit_question"
            + " WHERE visit_id IN (SELECT id FROM visit WHERE service_date = ?)",
        date);
    return execute(c, "DELETE FROM visit WHERE service_date = ?", date);
  }

  private static List<String> datesBefore(Connection c, LocalDate cutoff) throws SQLException {
    List<String> dates = new ArrayList<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT DISTINCT service_date FROM visit WHERE service_date < ? ORDER BY 1")) {
      query.setString(1, cutoff.toString());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          dates.add(rows.getString(1));
        }
      }
    }
    return dates;
  }

  private static int execute(Connection c, String sql, String date) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, date);
      return statement.executeUpdate();
    }
  }
}
