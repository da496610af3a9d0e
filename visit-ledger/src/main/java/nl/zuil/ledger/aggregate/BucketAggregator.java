package nl.zuil.ledger.aggregate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.zuil.ledger.aggregate.Tally.Measure;
import nl.zuil.ledger.store.LedgerDatabase;

/**
 * Turns visits into buckets. Every transition marks its hour-slot dirty; {@link #refresh()}
 * recomputes the dirty slots from their visits and gives each bucket whose counts changed a new
 * ledger-wide revision. Buckets are replaced, never incremented, so recomputing twice changes
 * nothing and the region can overwrite what it had.
 *
 * <p>A bucket whose visits all changed outcome keeps existing with zero visits: the region must
 * hear that its earlier count is gone.
 */
public final class BucketAggregator {

  private static final String KEY_COLUMNS =
      "v.location_code, v.service_date, v.issued_hour, v.question_code, v.situation_code,"
          + " v.outcome_code, v.partner_code";
  private static final String DIRTY_VISITS =
      " FROM visit v JOIN slot s ON s.location_code = v.location_code"
          + " AND s.service_date = v.service_date AND s.hour = v.issued_hour"
          + " WHERE s.service_date = ? AND s.dirty = 1";
  private static final String DIRTY_BUCKETS =
      " FROM bucket b JOIN slot s ON s.location_code = b.location_code"
          + " AND s.service_date = b.service_date AND s.hour = b.hour"
          + " WHERE s.service_date = ? AND s.dirty = 1";

  /** 2^40 revisions: more bucket changes than a kiosk makes in centuries of busy days. */
  static final long RESTORE_JUMP = 1L << 40;

  private final LedgerDatabase database;

  public BucketAggregator(LedgerDatabase database) {
    this.database = database;
  }

  /**
   * Recomputes the slots changed since the last refresh, one service day per transaction so the
   * kiosk never waits long for the ledger.
   *
   * @return how many buckets got a new revision
   */
  public int refresh() {
    List<String> dates = database.read(BucketAggregator::dirtyDates);
    int changed = 0;
    for (String date : dates) {
      changed += database.write(c -> refreshDay(c, date));
    }
    return changed;
  }

  /** Recomputes every slot from its visits, e.g. after a bug fix in aggregation. */
  public int rebuild() {
    database.write(
        c -> {
          try (Statement statement = c.createStatement()) {
            return statement.executeUpdate("UPDATE slot SET dirty = 1");
          }
        });
    return refresh();
  }

  /**
   * Lifts the revision counter far above anything this ledger reached before, for a ledger restored
   * from a backup: the lost copy may have delivered revisions the backup never saw, and the region
   * keeps a bucket's highest revision, so later changes must outrank all of them.
   */
  public void continueAfterRestore() {
    database.write(
        c -> {
          writeRevision(c, readRevision(c) + RESTORE_JUMP);
          return null;
        });
  }

  /** Recomputes one day's dirty slots inside the caller's transaction. */
  public int refreshDay(Connection c, String serviceDate) throws SQLException {
    Map<BucketKey, StoredBucket> stored = loadStored(c, serviceDate);
    Map<BucketKey, Tally> fresh = loadFresh(c, serviceDate);
    TreeSet<BucketKey> keys = new TreeSet<>(stored.keySet());
    keys.addAll(fresh.keySet());
    long first = readRevision(c);
    long revision = first;
    try (BucketWriter writer = new BucketWriter(c)) {
      for (BucketKey key : keys) {
        StoredBucket current = stored.get(key);
        Tally purged = current == null ? Tally.ZERO : current.purged();
        Tally target = purged.plus(fresh.getOrDefault(key, Tally.ZERO));
        if (current == null) {
          writer.insert(key, target, ++revision);
        } else if (!target.equals(current.total())) {
          writer.update(current.id(), target, purged, ++revision);
        }
      }
    }
    if (revision != first) {
      writeRevision(c, revision);
    }
    try (PreparedStatement clear =
        c.prepareStatement("UPDATE slot SET dirty = 0 WHERE service_date = ? AND dirty = 1")) {
      clear.setString(1, serviceDate);
      clear.executeUpdate();
    }
    return (int) (revision - first);
  }

  private static List<String> dirtyDates(Connection c) throws SQLException {
    List<String> dates = new ArrayList<>();
    try (Statement statement = c.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT DISTINCT service_date FROM slot WHERE dirty = 1 ORDER BY service_date")) {
      while (rows.next()) {
        dates.add(rows.getString(1));
      }
    }
    return dates;
  }

  private static Map<BucketKey, Tally> loadFresh(Connection c, String date) throws SQLException {
    Map<BucketKey, Tally> fresh = new HashMap<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT "
                + KEY_COLUMNS
                + ", count(*), sum(v.referral_confirmed)"
                + DIRTY_VISITS
                + " GROUP BY "
                + KEY_COLUMNS)) {
      query.setString(1, date);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          fresh.put(key(rows), Tally.ZERO.withCounts(rows.getInt(8), rows.getInt(9)));
        }
      }
    }
    addDurations(
        c,
        date,
        fresh,
        Measure.WAIT,
        "v.called_at_ms - v.issued_at_ms",
        "v.called_at_ms IS NOT NULL");
    addDurations(
        c,
        date,
        fresh,
        Measure.SERVICE,
        "v.finished_at_ms - v.called_at_ms",
        "v.state = 'done' AND v.called_at_ms IS NOT NULL");
    return fresh;
  }

  private static void addDurations(
      Connection c,
      String date,
      Map<BucketKey, Tally> fresh,
      String measure,
      String millis,
      String condition)
      throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT "
                + KEY_COLUMNS
                + ", "
                + DurationBins.sqlBinOf(millis)
                + " AS bin, count(*)"
                + DIRTY_VISITS
                + " AND "
                + condition
                + " GROUP BY "
                + KEY_COLUMNS
                + ", bin")) {
      query.setString(1, date);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          BucketKey key = key(rows);
          Tally tally = fresh.get(key);
          fresh.put(key, tally.withDuration(measure, rows.getInt(8), rows.getInt(9)));
        }
      }
    }
  }

  private static Map<BucketKey, StoredBucket> loadStored(Connection c, String date)
      throws SQLException {
    Map<Long, BucketKey> keysById = new HashMap<>();
    Map<BucketKey, StoredBucket> stored = new HashMap<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT b.location_code, b.service_date, b.hour, b.question_code, b.situation_code,"
                + " b.outcome_code, b.partner_code, b.visits, b.confirmed, b.purged_visits,"
                + " b.purged_confirmed, b.id"
                + DIRTY_BUCKETS)) {
      query.setString(1, date);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          BucketKey key = key(rows);
          long id = rows.getLong(12);
          keysById.put(id, key);
          stored.put(
              key,
              new StoredBucket(
                  id,
                  Tally.ZERO.withCounts(rows.getInt(8), rows.getInt(9)),
                  Tally.ZERO.withCounts(rows.getInt(10), rows.getInt(11))));
        }
      }
    }
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT d.bucket_id, d.measure, d.bin, d.visits, d.purged_visits"
                + " FROM bucket_duration d JOIN bucket b ON b.id = d.bucket_id"
                + " JOIN slot s ON s.location_code = b.location_code"
                + " AND s.service_date = b.service_date AND s.hour = b.hour"
                + " WHERE s.service_date = ? AND s.dirty = 1")) {
      query.setString(1, date);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          BucketKey key = keysById.get(rows.getLong(1));
          String measure = rows.getString(2);
          int bin = rows.getInt(3);
          int visits = rows.getInt(4);
          int purged = rows.getInt(5);
          stored.computeIfPresent(
              key, (k, bucket) -> bucket.withDuration(measure, bin, visits, purged));
        }
      }
    }
    return stored;
  }

  private static long readRevision(Connection c) throws SQLException {
    try (Statement statement = c.createStatement();
        ResultSet row =
            statement.executeQuery("SELECT value FROM ledger_meta WHERE name = 'revision'")) {
      row.next();
      return row.getLong(1);
    }
  }

  private static void writeRevision(Connection c, long revision) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement("UPDATE ledger_meta SET value = ? WHERE name = 'revision'")) {
      update.setLong(1, revision);
      update.executeUpdate();
    }
  }

  static BucketKey key(ResultSet rows) throws SQLException {
    return new BucketKey(
        rows.getString(1),
        LocalDate.parse(rows.getString(2)),
        rows.getInt(3),
        rows.getString(4),
        rows.getString(5),
        rows.getString(6),
        rows.getString(7));
  }

  private record StoredBucket(long id, Tally total, Tally purged) {
    StoredBucket withDuration(String measure, int bin, int visits, int purgedVisits) {
      return new StoredBucket(
          id,
          total.withDuration(measure, bin, visits),
          purged.withDuration(measure, bin, purgedVisits));
    }
  }
}
