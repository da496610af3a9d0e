package nl.zuil.ledger.aggregate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.zuil.ledger.aggregate.Tally.Measure;

/**
 * Writes recomputed buckets for one refresh, holding its prepared statements for the whole run: a
 * busy day rewrites thousands of buckets, and preparing each statement anew cost more than the
 * writes themselves.
 */
final class BucketWriter implements AutoCloseable {

  private static final List<String> PACKED = PackedBins.allColumns();

  private final PreparedStatement insertBucket;
  private final PreparedStatement updateBucket;
  private final PreparedStatement deleteDurations;
  private final PreparedStatement insertDuration;

  BucketWriter(Connection c) throws SQLException {
    insertBucket =
        c.prepareStatement(
            "INSERT INTO bucket (location_code, service_date, hour, question_code, situation_code,"
                + " outcome_code, partner_code, visits, confirmed, revision, corrected, questions"
                + ", rated_good, rated_ok, rated_bad, "
                + String.join(", ", PACKED)
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                + ", ?, ?, ?"
                + ", ?".repeat(PACKED.size())
                + ") RETURNING id");
    updateBucket =
        c.prepareStatement(
            "UPDATE bucket SET visits = ?, confirmed = ?, revision = ?, corrected = ?,"
                + " questions = ?"
                + ", rated_good = ?, rated_ok = ?, rated_bad = ?, "
                + String.join(" = ?, ", PACKED)
                + " = ? WHERE id = ?");
    deleteDurations = c.prepareStatement("DELETE FROM bucket_duration WHERE bucket_id = ?");
    insertDuration =
        c.prepareStatement(
            "INSERT INTO bucket_duration (bucket_id, measure, bin, visits, purged_visits)"
                + " VALUES (?, ?, ?, ?, ?)");
  }

  void insert(BucketKey key, Tally tally, long revision) throws SQLException {
    insertBucket.setString(1, key.locationCode());
    insertBucket.setString(2, key.serviceDate().toString());
    insertBucket.setInt(3, key.hour());
    insertBucket.setString(4, key.questionCode());
    insertBucket.setString(5, key.situationCode());
    insertBucket.setString(6, key.outcomeCode());
    insertBucket.setString(7, key.partnerCode());
    insertBucket.setInt(8, tally.visits());
    insertBucket.setInt(9, tally.confirmed());
    insertBucket.setLong(10, revision);
    insertBucket.setInt(11, tally.corrected());
    insertBucket.setInt(12, tally.questions());
    insertBucket.setInt(13, tally.ratings().good());
    insertBucket.setInt(14, tally.ratings().ok());
    insertBucket.setInt(15, tally.ratings().bad());
    setPacked(insertBucket, 16, tally, Tally.ZERO);
    long id;
    try (ResultSet row = insertBucket.executeQuery()) {
      row.next();
      id = row.getLong(1);
    }
    writeDurations(id, tally, Tally.ZERO);
  }

  void update(long id, Tally tally, Tally purged, long revision) throws SQLException {
    updateBucket.setInt(1, tally.visits());
    updateBucket.setInt(2, tally.confirmed());
    updateBucket.setLong(3, revision);
    updateBucket.setInt(4, tally.corrected());
    updateBucket.setInt(5, tally.questions());
    updateBucket.setInt(6, tally.ratings().good());
    updateBucket.setInt(7, tally.ratings().ok());
    updateBucket.setInt(8, tally.ratings().bad());
    setPacked(updateBucket, 9, tally, purged);
    updateBucket.setLong(9 + PACKED.size(), id);
    updateBucket.executeUpdate();
    deleteDurations.setLong(1, id);
    deleteDurations.executeUpdate();
    writeDurations(id, tally, purged);
  }

  /**
   * The bins of the visits still in the ledger, packed ({@link PackedBins}), from {@code first}.
   */
  private static void setPacked(PreparedStatement statement, int first, Tally tally, Tally purged)
      throws SQLException {
    int parameter = first;
    for (String measure : List.of(Measure.WAIT, Measure.SERVICE)) {
      Histogram unpurged = tally.histogram(measure).minus(purged.histogram(measure));
      for (int group = 0; group < PackedBins.GROUPS; group++) {
        statement.setLong(parameter++, PackedBins.pack(unpurged, group));
      }
    }
  }

  private void writeDurations(long id, Tally tally, Tally purged) throws SQLException {
    for (String measure : List.of(Measure.WAIT, Measure.SERVICE)) {
      Histogram counts = tally.histogram(measure);
      Histogram purgedCounts = purged.histogram(measure);
      for (int bin = 0; bin < DurationBins.COUNT; bin++) {
        if (counts.count(bin) > 0) {
          insertDuration.setLong(1, id);
          insertDuration.setString(2, measure);
          insertDuration.setInt(3, bin);
          insertDuration.setInt(4, counts.count(bin));
          insertDuration.setInt(5, purgedCounts.count(bin));
          insertDuration.executeUpdate();
        }
      }
    }
  }

  @Override
  public void close() throws SQLException {
    try (insertBucket;
        updateBucket;
        deleteDurations;
        insertDuration) {
      // closing is all there is to do
    }
  }
}
