package nl.zuil.ledger.aggregate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

  /**
   * Recomputes one day's dirty slots inside the caller's transaction. SQL compares what the visits
   * count with what the buckets hold ({@link ChangedBuckets}); only the buckets that differ come
   * back to Java, so a recount that changes nothing (most of a rebuild) reads no bucket at all.
   */
  public int refreshDay(Connection c, String serviceDate) throws SQLException {
    List<ChangedBuckets.Change> changes = ChangedBuckets.of(database, serviceDate);
    long first = readRevision(c);
    long revision = first;
    if (!changes.isEmpty()) {
      // Only changed buckets take a revision, in key order.
      changes.sort(Comparator.comparing(ChangedBuckets.Change::key));
      // Prepared only when something changed: compiling them (with every CHECK) cost more than
      // a whole unchanged day.
      try (BucketWriter writer = new BucketWriter(c)) {
        for (ChangedBuckets.Change change : changes) {
          if (change.bucketId() == 0) {
            writer.insert(change.key(), change.difference(), ++revision);
          } else {
            StoredBucket current = loadStored(change.bucketId());
            writer.update(
                change.bucketId(),
                current.total().plus(change.difference()),
                current.purged(),
                ++revision);
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

  /** One stored bucket that changes: its counts and the part of them retention already purged. */
  private StoredBucket loadStored(long id) throws SQLException {
    PreparedStatement bucket =
        database.prepared(
            "SELECT visits, confirmed, corrected, questions, rated_good, rated_ok, rated_bad,"
                + " purged_visits, purged_confirmed, purged_corrected, purged_questions,"
                + " purged_rated_good, purged_rated_ok, purged_rated_bad FROM bucket WHERE id = ?");
    bucket.setLong(1, id);
    StoredRow row;
    try (ResultSet rows = bucket.executeQuery()) {
      rows.next();
      row =
          new StoredRow(
              new int[] {rows.getInt(1), rows.getInt(2), rows.getInt(3), rows.getInt(4)},
              new int[] {rows.getInt(8), rows.getInt(9), rows.getInt(10), rows.getInt(11)},
              new Ratings(rows.getInt(5), rows.getInt(6), rows.getInt(7)),
              new Ratings(rows.getInt(12), rows.getInt(13), rows.getInt(14)));
    }
    PreparedStatement durations =
        database.prepared(
            "SELECT measure, bin, visits, purged_visits FROM bucket_duration WHERE bucket_id = ?");
    durations.setLong(1, id);
    try (ResultSet rows = durations.executeQuery()) {
      while (rows.next()) {
        boolean wait = Tally.Measure.WAIT.equals(rows.getString(1));
        int bin = rows.getInt(2);
        (wait ? row.wait : row.service)[bin] = rows.getInt(3);
        (wait ? row.purgedWait : row.purgedService)[bin] = rows.getInt(4);
      }
    }
    return row.bucket();
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
  static BucketKey key(ResultSet rows, LocalDate day) throws SQLException {
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

  private record StoredBucket(Tally total, Tally purged) {}

  /** A stored bucket while its histogram rows are read in. */
  private static final class StoredRow {
    /** Visits, confirmed referrals, corrected outcomes and questions, in that order. */
    final int[] counts;

    final int[] purgedCounts;
    final Ratings ratings;
    final Ratings purgedRatings;
    final int[] wait = new int[DurationBins.COUNT];
    final int[] service = new int[DurationBins.COUNT];
    final int[] purgedWait = new int[DurationBins.COUNT];
    final int[] purgedService = new int[DurationBins.COUNT];

    StoredRow(int[] counts, int[] purgedCounts, Ratings ratings, Ratings purgedRatings) {
      this.counts = counts;
      this.purgedCounts = purgedCounts;
      this.ratings = ratings;
      this.purgedRatings = purgedRatings;
    }

    StoredBucket bucket() {
      return new StoredBucket(
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
