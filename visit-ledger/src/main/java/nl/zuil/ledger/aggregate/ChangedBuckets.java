package nl.zuil.ledger.aggregate;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import nl.zuil.ledger.store.LedgerDatabase;

/**
 * The buckets of a day's dirty slots whose counts differ from what their visits count now, found by
 * one grouped SQL statement: every visit and further question adds what it counts, every stored
 * bucket subtracts what of it is not purged (its bins packed on its own row, {@link PackedBins}),
 * and a key whose sums are not all zero has changed. What matches is never read into Java (a
 * rebuild of unchanged data reads nothing), and what comes back is the difference itself: a new
 * bucket's counts, or what to add to a stored one.
 *
 * <p>A new count column is one {@link #COUNTS} entry (how a visit and a further question count in
 * it, and the bucket's column with its purged part) plus its place in {@link Tally}.
 */
final class ChangedBuckets {

  /** A bucket's key columns, in {@link BucketAggregator#key(ResultSet, LocalDate)}'s order. */
  private static final List<String> KEY =
      List.of(
          "location_code",
          "service_date",
          "hour",
          "question_code",
          "situation_code",
          "outcome_code",
          "partner_code");

  /**
   * One count of a bucket.
   *
   * @param bucketColumn the count in {@code bucket}
   * @param purgedColumn the part of it whose visits retention deleted
   * @param perVisit what one visit adds, over {@code v}
   * @param perFurtherQuestion what one further question (decision 1006) adds, over {@code q}
   */
  private record Count(
      String bucketColumn, String purgedColumn, String perVisit, String perFurtherQuestion) {}

  /** In {@link #tally}'s order. */
  private static final List<Count> COUNTS =
      List.of(
          new Count("visits", "purged_visits", "1", "0"),
          new Count("confirmed", "purged_confirmed", "v.referral_confirmed", "0"),
          new Count("corrected", "purged_corrected", "v.outcome_corrected", "0"),
          new Count("questions", "purged_questions", "1", "1"),
          new Count("rated_good", "purged_rated_good", "v.rating = 'good'", "0"),
          new Count("rated_ok", "purged_rated_ok", "v.rating = 'ok'", "0"),
          new Count("rated_bad", "purged_rated_bad", "v.rating = 'bad'", "0"));

  private static final String QUERY = query();

  /**
   * @param bucketId the stored bucket, 0 for a new one
   * @param difference a new bucket's counts, or what to add to the stored bucket's
   */
  record Change(BucketKey key, long bucketId, Tally difference) {}

  private ChangedBuckets() {}

  static List<Change> of(LedgerDatabase database, String serviceDate) throws SQLException {
    LocalDate day = LocalDate.parse(serviceDate);
    PreparedStatement query = database.prepared(QUERY);
    for (int branch = 1; branch <= 3; branch++) {
      query.setString(branch, serviceDate);
    }
    List<Change> changes = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        int column = KEY.size() + 1;
        long bucketId = rows.getLong(column++);
        int[] counts = new int[COUNTS.size()];
        for (int i = 0; i < counts.length; i++) {
          counts[i] = rows.getInt(column++);
        }
        int[] wait = new int[DurationBins.COUNT];
        int[] service = new int[DurationBins.COUNT];
        for (int[] histogram : List.of(wait, service)) {
          for (int group = 0; group < PackedBins.GROUPS; group++) {
            PackedBins.unpack(rows.getLong(column++), histogram, group);
          }
        }
        changes.add(
            new Change(BucketAggregator.key(rows, day), bucketId, tally(counts, wait, service)));
      }
    }
    return changes;
  }

  private static Tally tally(int[] counts, int[] wait, int[] service) {
    return new Tally(
        counts[0],
        counts[1],
        Histogram.of(wait),
        Histogram.of(service),
        counts[2],
        counts[3],
        new Ratings(counts[4], counts[5], counts[6]));
  }

  /**
   * Three branches over the day's dirty slots: the visits (what each counts, with its wait and
   * service bins), their further questions, and the stored buckets (minus their unpurged counts and
   * bins, the latter packed on the bucket row: {@link PackedBins}); summed per key.
   */
  private static String query() {
    // From the day's dirty slots to their rows through the (date, location, hour) indexes: a
    // couple of dozen slot lookups a day instead of one for every visit.
    String dirty =
        " FROM slot s CROSS JOIN %3$s ON %1$s.service_date = s.service_date"
            + " AND %1$s.location_code = s.location_code AND %1$s.%2$s = s.hour";
    String dirtyOfTheDay = " WHERE s.service_date = ? AND s.dirty = 1";

    StringJoiner visits = new StringJoiner(", ", "SELECT ", "");
    KEY.forEach(k -> visits.add("v." + (k.equals("hour") ? "issued_hour" : k)));
    visits.add("NULL");
    COUNTS.forEach(count -> visits.add(count.perVisit()));
    visits.add(
        "CASE WHEN v.called_at_ms IS NOT NULL THEN "
            + DurationBins.sqlBinOf("v.called_at_ms - v.issued_at_ms")
            + " END");
    visits.add(
        "CASE WHEN v.state = 'done' AND v.called_at_ms IS NOT NULL THEN "
            + DurationBins.sqlBinOf("v.finished_at_ms - v.called_at_ms")
            + " END");
    PackedBins.allColumns().forEach(column -> visits.add("0"));

    // A further question counts under its own codes in its visit's hour, with no times.
    StringJoiner questions = new StringJoiner(", ", "SELECT ", "");
    KEY.forEach(
        k ->
            questions.add(
                switch (k) {
                  case "location_code", "service_date" -> "v." + k;
                  case "hour" -> "v.issued_hour";
                  default -> "q." + k;
                }));
    questions.add("NULL");
    COUNTS.forEach(count -> questions.add(count.perFurtherQuestion()));
    questions.add("NULL").add("NULL");
    PackedBins.allColumns().forEach(column -> questions.add("0"));

    StringJoiner buckets = new StringJoiner(", ", "SELECT ", "");
    KEY.forEach(k -> buckets.add("b." + k));
    buckets.add("b.id");
    COUNTS.forEach(
        count -> buckets.add("b." + count.purgedColumn() + " - b." + count.bucketColumn()));
    buckets.add("NULL").add("NULL");
    PackedBins.allColumns().forEach(column -> buckets.add("-b." + column));

    StringJoiner names = new StringJoiner(", ");
    KEY.forEach(names::add);
    names.add("bucket_id");
    for (int i = 0; i < COUNTS.size(); i++) {
      names.add("c" + i);
    }
    names.add("wait_bin").add("service_bin");
    PackedBins.allColumns().forEach(names::add);

    StringJoiner sums = new StringJoiner(", ");
    StringJoiner differs = new StringJoiner(" OR ");
    sums.add("max(bucket_id)");
    for (int i = 0; i < COUNTS.size(); i++) {
      sums.add("sum(c" + i + ")");
      differs.add("sum(c" + i + ") <> 0");
    }
    for (String measure : List.of(Tally.Measure.WAIT, Tally.Measure.SERVICE)) {
      List<String> packed = PackedBins.columns(measure);
      for (int group = 0; group < packed.size(); group++) {
        String sum = PackedBins.sqlSum(measure + "_bin", packed.get(group), group);
        sums.add(sum);
        differs.add(sum + " <> 0");
      }
    }
    String key = String.join(", ", KEY);
    return "WITH day("
        + names
        + ") AS ("
        + visits
        + String.format(dirty, "v", "issued_hour", "visit v")
        + dirtyOfTheDay
        + " UNION ALL "
        + questions
        + String.format(dirty, "v", "issued_hour", "visit v")
        + " CROSS JOIN visit_question q ON q.visit_id = v.id"
        + dirtyOfTheDay
        + " UNION ALL "
        + buckets
        + String.format(dirty, "b", "hour", "bucket b")
        + dirtyOfTheDay
        + ") SELECT "
        + key
        + ", "
        + sums
        + " FROM day GROUP BY "
        + key
        + " HAVING "
        + differs;
  }
}
