package nl.zuil.ledger.aggregate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zuil.ledger.store.LedgerDatabase;
import nl.zuil.regionapi.Channel;

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

  private static final String FRESH = freshQuery();
  private static final int DAYS_PER_TRANSACTION = 7;

  /** 2^40 revisions: more bucket changes than a kiosk makes in centuries of busy days. */
  static final long RESTORE_JUMP = 1L << 40;

  private final LedgerDatabase database;

  public BucketAggregator(LedgerDatabase database) {
    this.database = database;
  }

  /**
   * Recomputes the slots changed since the last refresh, at most a week of service days per
   * transaction: the kiosk never waits long for the ledger, and a year's rebuild commits (and
   * fsyncs) 53 times instead of 365.
   *
   * @return how many buckets got a new revision
   */
  public int refresh() {
    List<String> dates = database.read(BucketAggregator::dirtyDates);
    int changed = 0;
    for (int from = 0; from < dates.size(); from += DAYS_PER_TRANSACTION) {
      List<String> days = dates.subList(from, Math.min(dates.size(), from + DAYS_PER_TRANSACTION));
      changed +=
          database.write(
              c -> {
                int inDays = 0;
                for (String date : days) {
                  inDays += refreshDay(c, date);
                }
                return inDays;
              });
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
    Map<BucketKey, StoredBucket> stored = loadStored(serviceDate);
    Map<BucketKey, Tally> fresh = loadFresh(serviceDate);
    // Only changed buckets take a revision, in key order; a recount that changes nothing (most of
    // a rebuild) sorts nothing.
    List<BucketKey> changed = new ArrayList<>();
    Map<BucketKey, Tally> targets = new HashMap<>();
    for (Map.Entry<BucketKey, StoredBucket> entry : stored.entrySet()) {
      Tally target = entry.getValue().purged().plus(fresh.getOrDefault(entry.getKey(), Tally.ZERO));
      if (!target.equals(entry.getValue().total())) {
        changed.add(entry.getKey());
        targets.put(entry.getKey(), target);
      }
    }
    for (Map.Entry<BucketKey, Tally> entry : fresh.entrySet()) {
      if (!stored.containsKey(entry.getKey())) {
        changed.add(entry.getKey());
        targets.put(entry.getKey(), entry.getValue());
      }
    }
    Collections.sort(changed);
    long first = readRevision(c);
    long revision = first;
    if (!changed.isEmpty()) {
      // Prepared only when something changed: compiling them (with every CHECK) cost more than
      // a whole unchanged day.
      try (BucketWriter writer = new BucketWriter(c)) {
        for (BucketKey key : changed) {
          StoredBucket current = stored.get(key);
          if (current == null) {
            writer.insert(key, targets.get(key), ++revision);
          } else {
            writer.update(current.id(), targets.get(key), current.purged(), ++revision);
          }
        }
      }
    }
    if (revision != first) {
      writeRevision(c, revision);
    }
    PreparedStatement clear =
        database.prepared("UPDATE slot SET dirty = 0 WHERE service_date = ? AND dirty = 1");
    clear.setString(1, serviceDate);
    clear.executeUpdate();
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

  /**
   * The day's dirty slots counted in one pass: visits, confirmed referrals and both histograms from
   * one grouped scan, instead of one scan each. The bins come back as one list per bucket
   * ("0,0,3"), which reads far faster than a column per bin.
   */
  private Map<BucketKey, Tally> loadFresh(String date) throws SQLException {
    Map<BucketKey, Tally> counted = new HashMap<>();
    LocalDate day = LocalDate.parse(date);
    PreparedStatement query = database.prepared(FRESH);
    query.setString(1, date);
    query.setString(2, date);
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        counted.put(
            key(rows, day),
            new Tally(
                rows.getInt(8),
                rows.getInt(9),
                histogram(rows.getString(10)),
                histogram(rows.getString(11)),
                rows.getInt(12),
                rows.getInt(13),
                new Ratings(rows.getInt(14), rows.getInt(15), rows.getInt(16))));
      }
    }
    return counted;
  }

  /** Counts a list of bins such as "0,3,3"; null for none. */
  private static Histogram histogram(String bins) {
    if (bins == null) {
      return Histogram.empty();
    }
    int[] counts = new int[DurationBins.COUNT];
    int bin = 0;
    for (int i = 0; i < bins.length(); i++) {
      char next = bins.charAt(i);
      if (next == ',') {
        counts[bin]++;
        bin = 0;
      } else {
        bin = bin * 10 + (next - '0');
      }
    }
    counts[bin]++;
    return Histogram.of(counts);
  }

  /**
   * Visits and their further questions as one row each: a visit counts one visit and its first
   * question; a further question counts one question under its own codes, in its visit's hour, with
   * no visit, no confirmation and no times (decision 1006).
   */
  private static String freshQuery() {
    String columns = KEY_COLUMNS.replace("v.", "");
    return "SELECT "
        + columns
        + ", sum(is_visit), sum(referral_confirmed), group_concat(wait_bin),"
        + " group_concat(service_bin), sum(outcome_corrected), count(*)"
        + ", sum(rating = 'good'), sum(rating = 'ok'), sum(rating = 'bad')"
        + " FROM (SELECT "
        + KEY_COLUMNS
        + ", 1 AS is_visit, v.referral_confirmed, v.outcome_corrected,"
        + " CASE WHEN v.called_at_ms IS NOT NULL THEN "
        + DurationBins.sqlBinOf("v.called_at_ms - v.issued_at_ms")
        + " END AS wait_bin, CASE WHEN v.state = 'done' AND v.called_at_ms IS NOT NULL THEN "
        + DurationBins.sqlBinOf("v.finished_at_ms - v.called_at_ms")
        + " END AS service_bin"
        + ", v.rating"
        + DIRTY_VISITS
        + " UNION ALL SELECT v.location_code, v.service_date, v.issued_hour, q.question_code,"
        + " q.situation_code, q.outcome_code, q.partner_code, 0, 0, 0, NULL, NULL, '-'"
        + DIRTY_VISITS.replace(
            " JOIN slot", " JOIN visit_question q ON q.visit_id = v.id JOIN slot")
        + ") GROUP BY "
        + columns;
  }

  private Map<BucketKey, StoredBucket> loadStored(String date) throws SQLException {
    LocalDate day = LocalDate.parse(date);
    Map<Long, StoredRow> byId = new HashMap<>();
    PreparedStatement buckets =
        database.prepared(
            "SELECT b.location_code, b.service_date, b.hour, b.question_code, b.situation_code,"
                + " b.outcome_code, b.partner_code, b.visits, b.confirmed, b.purged_visits,"
                + " b.purged_confirmed, b.id, b.corrected, b.purged_corrected, b.questions,"
                + " b.purged_questions"
                + ", b.rated_good, b.rated_ok, b.rated_bad"
                + ", b.purged_rated_good, b.purged_rated_ok, b.purged_rated_bad"
                + DIRTY_BUCKETS);
    buckets.setString(1, date);
    try (ResultSet rows = buckets.executeQuery()) {
      while (rows.next()) {
        byId.put(
            rows.getLong(12),
            new StoredRow(
                key(rows, day),
                new int[] {rows.getInt(8), rows.getInt(9), rows.getInt(13), rows.getInt(15)},
                new int[] {rows.getInt(10), rows.getInt(11), rows.getInt(14), rows.getInt(16)},
                new Ratings(rows.getInt(17), rows.getInt(18), rows.getInt(19)),
                new Ratings(rows.getInt(20), rows.getInt(21), rows.getInt(22))));
      }
    }
    PreparedStatement durations =
        database.prepared(
            "SELECT d.bucket_id, d.measure, d.bin, d.visits, d.purged_visits"
                + " FROM bucket_duration d JOIN bucket b ON b.id = d.bucket_id"
                + " JOIN slot s ON s.location_code = b.location_code"
                + " AND s.service_date = b.service_date AND s.hour = b.hour"
                + " WHERE s.service_date = ? AND s.dirty = 1");
    durations.setString(1, date);
    try (ResultSet rows = durations.executeQuery()) {
      while (rows.next()) {
        StoredRow row = byId.get(rows.getLong(1));
        boolean wait = Tally.Measure.WAIT.equals(rows.getString(2));
        int bin = rows.getInt(3);
        (wait ? row.wait : row.service)[bin] = rows.getInt(4);
        (wait ? row.purgedWait : row.purgedService)[bin] = rows.getInt(5);
      }
    }
    Map<BucketKey, StoredBucket> stored = new HashMap<>();
    byId.forEach((id, row) -> stored.put(row.key, row.bucket(id)));
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
    return key(rows, LocalDate.parse(rows.getString(2)));
  }

  /** A key from the first seven columns; every row is of {@code day}, so it is parsed once. */
  private static BucketKey key(ResultSet rows, LocalDate day) throws SQLException {
    return new BucketKey(
        rows.getString(1),
        day,
        rows.getInt(3),
        rows.getString(4),
        rows.getString(5),
        rows.getString(6),
        rows.getString(7),
        Channel.KIOSK.code());
  }

  private record StoredBucket(long id, Tally total, Tally purged) {}

  /** A stored bucket while its histogram rows are read in. */
  private static final class StoredRow {
    final BucketKey key;

    /** Visits, confirmed referrals, corrected outcomes and questions, in that order. */
    final int[] counts;

    final int[] purgedCounts;
    final Ratings ratings;
    final Ratings purgedRatings;
    final int[] wait = new int[DurationBins.COUNT];
    final int[] service = new int[DurationBins.COUNT];
    final int[] purgedWait = new int[DurationBins.COUNT];
    final int[] purgedService = new int[DurationBins.COUNT];

    StoredRow(
        BucketKey key, int[] counts, int[] purgedCounts, Ratings ratings, Ratings purgedRatings) {
      this.key = key;
      this.counts = counts;
      this.purgedCounts = purgedCounts;
      this.ratings = ratings;
      this.purgedRatings = purgedRatings;
    }

    StoredBucket bucket(long id) {
      return new StoredBucket(
          id,
          new Tally(
              counts[0],
              counts[1],
              Histogram.of(wait),
              Histogram.of(service),
              counts[2],
              counts[3],
              ratings),
          new Tally(
              purgedCounts[0],
              purgedCounts[1],
              Histogram.of(purgedWait),
              Histogram.of(purgedService),
              purgedCounts[2],
              purgedCounts[3],
              purgedRatings));
    }
  }
}
