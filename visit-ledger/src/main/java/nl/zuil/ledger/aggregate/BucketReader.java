package nl.zuil.ledger.aggregate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zuil.ledger.store.LedgerDatabase;
import nl.zuil.regionapi.Channel;

/** Reads buckets: what changed since a sync's last acknowledged revision, or a period's counts. */
public final class BucketReader {

  private static final String BUCKET_COLUMNS =
      "b.location_code, b.service_date, b.hour, b.question_code, b.situation_code, b.outcome_code,"
          + " b.partner_code, b.visits, b.confirmed, b.revision, b.id, b.corrected, b.questions"
          + ", b.rated_good, b.rated_ok, b.rated_bad";

  // Dates are stored as ISO text; outside four-digit years the text order breaks.
  private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private final LedgerDatabase database;

  public BucketReader(LedgerDatabase database) {
    this.database = database;
  }

  /**
   * Up to {@code limit} buckets with a revision above {@code revision}, lowest revision first:
   * kiosk visits' and contacts' alike, as both share the ledger's revisions.
   */
  public List<Bucket> changedSince(long revision, int limit) {
    return database.read(
        c -> {
          List<Bucket> changed =
              new ArrayList<>(
                  read(
                      c,
                      "SELECT id FROM bucket WHERE revision > ? ORDER BY revision LIMIT ?",
                      " ORDER BY b.revision",
                      revision,
                      limit));
          changed.addAll(
              contacts(c, "revision > ?", " ORDER BY revision LIMIT ?", revision, limit));
          changed.sort(Comparator.comparingLong(Bucket::revision));
          return List.copyOf(changed.subList(0, Math.min(limit, changed.size())));
        });
  }

  /** Every bucket of the service days from {@code from} to {@code to}, both included. */
  public List<Bucket> between(LocalDate from, LocalDate to) {
    LocalDate first = from.isBefore(FIRST_DAY) ? FIRST_DAY : from;
    LocalDate last = to.isAfter(LAST_DAY) ? LAST_DAY : to;
    return database.read(
        c -> {
          List<Bucket> buckets =
              new ArrayList<>(
                  read(
                      c,
                      "SELECT id FROM bucket WHERE service_date BETWEEN ? AND ?",
                      " ORDER BY b.service_date, b.location_code, b.hour, b.revision",
                      first.toString(),
                      last.toString()));
          buckets.addAll(
              contacts(
                  c,
                  "service_date BETWEEN ? AND ?",
                  " ORDER BY service_date, location_code, hour, revision",
                  first.toString(),
                  last.toString()));
          return buckets;
        });
  }

  /** The highest revision any bucket has had; 0 for a ledger with no buckets yet. */
  public long latestRevision() {
    return meta("revision");
  }

  /**
   * This ledger's identity, random and fixed at creation: revisions count within one ledger, so a
   * reader must know which ledger they belong to.
   */
  public long ledgerId() {
    return meta("ledger_id");
  }

  /** The current state of the buckets with these keys; keys without a bucket are left out. */
  public List<Bucket> find(Collection<BucketKey> keys) {
    return database.read(
        c -> {
          List<Bucket> found = new ArrayList<>();
          for (BucketKey key : keys) {
            if (!Channel.KIOSK.code().equals(key.channelCode())) {
              found.addAll(
                  contacts(
                      c,
                      "location_code = ? AND service_date = ? AND hour = ? AND channel_code = ?"
                          + " AND question_code = ? AND situation_code = ? AND outcome_code = ?"
                          + " AND partner_code = ?",
                      "",
                      key.locationCode(),
                      key.serviceDate().toString(),
                      key.hour(),
                      key.channelCode(),
                      key.questionCode(),
                      key.situationCode(),
                      key.outcomeCode(),
                      key.partnerCode()));
              continue;
            }
            found.addAll(
                read(
                    c,
                    "SELECT id FROM bucket WHERE location_code = ? AND service_date = ? AND hour = ?"
                        + " AND question_code = ? AND situation_code = ? AND outcome_code = ?"
                        + " AND partner_code = ?",
                    "",
                    key.locationCode(),
                    key.serviceDate().toString(),
                    key.hour(),
                    key.questionCode(),
                    key.situationCode(),
                    key.outcomeCode(),
                    key.partnerCode()));
          }
          return found;
        });
  }

  private long meta(String name) {
    return database.read(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement("SELECT value FROM ledger_meta WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
              row.next();
              return row.getLong(1);
            }
          }
        });
  }

  private static List<Bucket> read(
      Connection c, String selectIds, String order, Object... parameters) throws SQLException {
    Map<Long, Row> rowsById = new LinkedHashMap<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT "
                + BUCKET_COLUMNS
                + " FROM bucket b WHERE b.id IN ("
                + selectIds
                + ")"
                + order)) {
      bind(query, parameters);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          rowsById.put(
              rows.getLong(11),
              new Row(
                  BucketAggregator.key(rows),
                  rows.getLong(10),
                  Tally.ZERO
                      .withCounts(rows.getInt(8), rows.getInt(9), rows.getInt(12), rows.getInt(13))
                      .withRatings(
                          new Ratings(rows.getInt(14), rows.getInt(15), rows.getInt(16)))));
        }
      }
    }
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT bucket_id, measure, bin, visits FROM bucket_duration WHERE bucket_id IN ("
                + selectIds
                + ")")) {
      bind(query, parameters);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long id = rows.getLong(1);
          Row row = rowsById.get(id);
          rowsById.put(
              id,
              row.withTally(
                  row.tally().withDuration(rows.getString(2), rows.getInt(3), rows.getInt(4))));
        }
      }
    }
    List<Bucket> buckets = new ArrayList<>(rowsById.size());
    for (Row row : rowsById.values()) {
      Tally tally = row.tally();
      buckets.add(
          new Bucket(
              row.key(),
              tally.visits(),
              tally.confirmed(),
              tally.waitTimes(),
              tally.serviceTimes(),
              row.revision(),
              tally.corrected(),
              tally.questions(),
              tally.ratings()));
    }
    return buckets;
  }

  /**
   * Contact buckets (decision 1003) as buckets: {@code visits} counts the contacts, with no
   * referral confirmations and no waiting or service times.
   */
  private static List<Bucket> contacts(
      Connection c, String where, String orderAndLimit, Object... parameters) throws SQLException {
    List<Bucket> buckets = new ArrayList<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT location_code, service_date, hour, question_code, situation_code,"
                + " outcome_code, partner_code, channel_code, contacts, people, revision"
                + " FROM contact_bucket WHERE "
                + where
                + orderAndLimit)) {
      bind(query, parameters);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          BucketKey key =
              new BucketKey(
                  rows.getString(1),
                  LocalDate.parse(rows.getString(2)),
                  rows.getInt(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getString(7),
                  rows.getString(8));
          buckets.add(
              new Bucket(
                  key,
                  rows.getInt(9),
                  0,
                  Histogram.empty(),
                  Histogram.empty(),
                  rows.getLong(11),
                  // A contact is one question, never corrected or rated.
                  0,
                  rows.getInt(9),
                  Ratings.NONE,
                  rows.getInt(10)));
        }
      }
    }
    return buckets;
  }

  private record Row(BucketKey key, long revision, Tally tally) {
    Row withTally(Tally changed) {
      return new Row(key, revision, changed);
    }
  }

  private static void bind(PreparedStatement query, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      query.setObject(i + 1, parameters[i]);
    }
  }
}
