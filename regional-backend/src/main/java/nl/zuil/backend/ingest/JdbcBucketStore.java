package nl.zuil.backend.ingest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.store.Database;
import nl.zuil.regionapi.HistogramBins;

/**
 * {@link BucketStore} in the backend database: one upsert statement, the same on SQLite and
 * PostgreSQL. The table is aliased because PostgreSQL cannot tell {@code revision} of the target
 * from {@code excluded.revision} otherwise.
 */
public final class JdbcBucketStore implements BucketStore {

  private static final String KEY =
      "region_code, location_code, kiosk_code, ledger_id, service_date, hour, question_code,"
          + " situation_code, outcome_code, partner_code";
  private static final List<String> COUNTS = countColumns();
  private static final String SUMMED = summedColumns();
  static final String UPSERT = upsertSql();
  private static final String CONTACT_KEY =
      "region_code, location_code, kiosk_code, ledger_id, service_date, hour, channel_code,"
          + " question_code, situation_code, outcome_code, partner_code";
  private static final String CONTACT_UPSERT =
      "INSERT INTO contact_bucket AS b ("
          + CONTACT_KEY
          + ", contacts, people, revision, received_at_ms)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("
          + CONTACT_KEY
          + ") DO UPDATE SET contacts = excluded.contacts, people = excluded.people,"
          + " revision = excluded.revision, received_at_ms = excluded.received_at_ms"
          + " WHERE excluded.revision > b.revision";

  private final Database database;

  public JdbcBucketStore(Database database) {
    this.database = database;
  }

  @Override
  public Applied upsert(
      Device kiosk, String ledgerId, List<BucketCounts> buckets, long receivedAtMs) {
    return database.inTransaction(
        c -> {
          // Contacts (decision 1003) are counted apart from visits: only visits add to visits.
          try (PreparedStatement upsert = c.prepareStatement(UPSERT);
              PreparedStatement contacts = c.prepareStatement(CONTACT_UPSERT)) {
            for (BucketCounts bucket : buckets) {
              if (bucket.isContact()) {
                bindContact(contacts, kiosk, ledgerId, bucket, receivedAtMs);
                contacts.addBatch();
              } else {
                bind(upsert, kiosk, ledgerId, bucket, receivedAtMs);
                upsert.addBatch();
              }
            }
            int[] counts = upsert.executeBatch();
            int[] contactCounts = contacts.executeBatch();
            List<BucketCounts> visitBuckets = buckets.stream().filter(b -> !b.isContact()).toList();
            int applied = 0;
            long visits = 0;
            Set<YearMonth> months = new HashSet<>();
            for (int i = 0; i < counts.length; i++) {
              if (counts[i] > 0) {
                applied++;
                visits += visitBuckets.get(i).visits();
                months.add(YearMonth.from(visitBuckets.get(i).serviceDate()));
              }
            }
            // Contacts change figures too, so their months' cached dashboards go (decision 0708).
            List<BucketCounts> contactBuckets =
                buckets.stream().filter(b -> b.isContact()).toList();
            for (int i = 0; i < contactCounts.length; i++) {
              if (contactCounts[i] > 0) {
                applied++;
                months.add(YearMonth.from(contactBuckets.get(i).serviceDate()));
              }
            }
            DataRevision.raise(
                c, kiosk.regionCode(), kiosk.locationCode(), kiosk.kioskCode(), months);
            return new Applied(applied, visits);
          }
        });
  }

  /** Binds one bucket to {@link #UPSERT}; shared with the benchmark's raw-upsert reference. */
  static void bind(
      PreparedStatement upsert, Device kiosk, String ledgerId, BucketCounts b, long receivedAtMs)
      throws SQLException {
    int i = 1;
    upsert.setString(i++, kiosk.regionCode());
    upsert.setString(i++, kiosk.locationCode());
    upsert.setString(i++, kiosk.kioskCode());
    upsert.setString(i++, ledgerId);
    upsert.setString(i++, b.serviceDate().toString());
    upsert.setInt(i++, b.hour());
    upsert.setString(i++, b.question());
    upsert.setString(i++, b.situation());
    upsert.setString(i++, b.outcome());
    upsert.setString(i++, b.partner());
    upsert.setInt(i++, b.visits());
    upsert.setInt(i++, b.confirmedReferrals());
    for (int bin = 0; bin < HistogramBins.BINS; bin++) {
      upsert.setInt(i++, b.waitTimes()[bin]);
    }
    for (int bin = 0; bin < HistogramBins.BINS; bin++) {
      upsert.setInt(i++, b.serviceTimes()[bin]);
    }
    upsert.setInt(i++, b.ratings().good());
    upsert.setInt(i++, b.ratings().ok());
    upsert.setInt(i++, b.ratings().bad());
    upsert.setLong(i++, b.revision());
    upsert.setInt(i++, b.corrections());
    upsert.setInt(i++, b.questions());
    upsert.setLong(i, receivedAtMs);
  }

  private static void bindContact(
      PreparedStatement upsert, Device kiosk, String ledgerId, BucketCounts b, long receivedAtMs)
      throws SQLException {
    int i = 1;
    upsert.setString(i++, kiosk.regionCode());
    upsert.setString(i++, kiosk.locationCode());
    upsert.setString(i++, kiosk.kioskCode());
    upsert.setString(i++, ledgerId);
    upsert.setString(i++, b.serviceDate().toString());
    upsert.setInt(i++, b.hour());
    upsert.setString(i++, b.channel());
    upsert.setString(i++, b.question());
    upsert.setString(i++, b.situation());
    upsert.setString(i++, b.outcome());
    upsert.setString(i++, b.partner());
    upsert.setInt(i++, b.visits());
    upsert.setInt(i++, b.people());
    upsert.setLong(i++, b.revision());
    upsert.setLong(i, receivedAtMs);
  }

  @Override
  public List<BucketCounts> kioskBuckets(String regionCode, String locationCode, String kioskCode) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT service_date, hour, question_code, situation_code, outcome_code,"
                      + " partner_code, "
                      + SUMMED
                      + " FROM bucket WHERE region_code = ? AND location_code = ?"
                      + " AND kiosk_code = ? GROUP BY service_date, hour, question_code,"
                      + " situation_code, outcome_code, partner_code ORDER BY service_date, hour,"
                      + " question_code, situation_code, outcome_code, partner_code")) {
            query.setString(1, regionCode);
            query.setString(2, locationCode);
            query.setString(3, kioskCode);
            List<BucketCounts> buckets = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                int column = 7;
                int visits = rows.getInt(column++);
                int confirmed = rows.getInt(column++);
                int[] wait = new int[HistogramBins.BINS];
                int[] service = new int[HistogramBins.BINS];
                for (int bin = 0; bin < HistogramBins.BINS; bin++) {
                  wait[bin] = rows.getInt(column++);
                }
                for (int bin = 0; bin < HistogramBins.BINS; bin++) {
                  service[bin] = rows.getInt(column++);
                }
                RatingCounts ratings =
                    new RatingCounts(
                        rows.getInt(column++), rows.getInt(column++), rows.getInt(column++));
                buckets.add(
                    new BucketCounts(
                        LocalDate.parse(rows.getString(1)),
                        rows.getInt(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        visits,
                        confirmed,
                        wait,
                        service,
                        rows.getLong(column),
                        rows.getInt(column + 1),
                        rows.getInt(column + 2),
                        ratings));
              }
            }
            return buckets;
          }
        });
  }

  private static List<String> countColumns() {
    List<String> columns = new ArrayList<>(List.of("visits", "confirmed_referrals"));
    for (String measure : List.of("wait", "service")) {
      for (int bin = 0; bin < HistogramBins.BINS; bin++) {
        columns.add(measure + "_" + bin);
      }
    }
    columns.addAll(List.of("rated_good", "rated_ok", "rated_bad"));
    columns.add("revision");
    columns.add("corrections");
    columns.add("questions");
    return List.copyOf(columns);
  }

  private static String summedColumns() {
    StringJoiner sums = new StringJoiner(", ");
    for (String column : COUNTS) {
      sums.add((column.equals("revision") ? "max(" : "sum(") + column + ")");
    }
    return sums.toString();
  }

  private static String upsertSql() {
    List<String> values = new ArrayList<>(COUNTS);
    values.add("received_at_ms");
    StringJoiner placeholders = new StringJoiner(", ");
    for (int i = 0; i < 10 + values.size(); i++) {
      placeholders.add("?");
    }
    StringJoiner updates = new StringJoiner(", ");
    for (String column : values) {
      updates.add(column + " = excluded." + column);
    }
    return "INSERT INTO bucket AS b ("
        + KEY
        + ", "
        + String.join(", ", values)
        + ") VALUES ("
        + placeholders
        + ") ON CONFLICT ("
        + KEY
        + ") DO UPDATE SET "
        + updates
        + " WHERE excluded.revision > b.revision";
  }
}
