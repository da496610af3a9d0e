package nl.zuil.backend.ingest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.store.Database;

/**
 * Which device delivered what, and when: one row per accepted batch, so IT beheer can find the
 * device behind odd figures (decision 0208). Rows older than the retention are purged, at most once
 * an hour, by the ingest that notices.
 */
public final class IngestLog {

  /** Long enough to look back over a quarter's figures; a region can choose otherwise. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);

  private static final Duration PURGE_EVERY = Duration.ofHours(1);

  private final Database database;
  private final Clock clock;
  private final Duration retention;
  private final AtomicLong lastPurgeMs = new AtomicLong(Long.MIN_VALUE);

  public IngestLog(Database database, Clock clock, Duration retention) {
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("the ingest log must be kept for some time");
    }
    this.database = database;
    this.clock = clock;
    this.retention = retention;
  }

  public Duration retention() {
    return retention;
  }

  void record(Device device, IngestEntry entry) {
    database.inTransaction(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO ingest_log (region_code, location_code, kiosk_code, device_id,"
                      + " ledger_id, received_at_ms, buckets, applied, visits_applied, first_day,"
                      + " last_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            insert.setString(i++, device.regionCode());
            insert.setString(i++, device.locationCode());
            insert.setString(i++, device.kioskCode());
            insert.setString(i++, entry.deviceId());
            insert.setString(i++, entry.ledgerId());
            insert.setLong(i++, entry.receivedAt().toEpochMilli());
            insert.setInt(i++, entry.buckets());
            insert.setInt(i++, entry.applied());
            insert.setLong(i++, entry.visitsApplied());
            insert.setString(i++, entry.firstDay().toString());
            insert.setString(i, entry.lastDay().toString());
            insert.executeUpdate();
          }
          return null;
        });
    long now = clock.millis();
    long last = lastPurgeMs.get();
    if (last == Long.MIN_VALUE || now - last >= PURGE_EVERY.toMillis()) {
      if (lastPurgeMs.compareAndSet(last, now)) {
        purge();
      }
    }
  }

  /**
   * Deletes the entries older than the retention.
   *
   * @return how many were deleted
   */
  public int purge() {
    long before = clock.instant().minus(retention).toEpochMilli();
    return database.inTransaction(
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM ingest_log WHERE received_at_ms < ?")) {
            delete.setLong(1, before);
            return delete.executeUpdate();
          }
        });
  }

  /** The kiosk's latest entries, newest first. */
  public List<IngestEntry> recent(
      String regionCode, String locationCode, String kioskCode, int limit) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT received_at_ms, device_id, ledger_id, buckets, applied, visits_applied,"
                      + " first_day, last_day FROM ingest_log WHERE region_code = ?"
                      + " AND location_code = ? AND kiosk_code = ?"
                      + " ORDER BY received_at_ms DESC LIMIT ?")) {
            query.setString(1, regionCode);
            query.setString(2, locationCode);
            query.setString(3, kioskCode);
            query.setInt(4, limit);
            List<IngestEntry> entries = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                entries.add(
                    new IngestEntry(
                        Instant.ofEpochMilli(row.getLong(1)),
                        row.getString(2),
                        row.getString(3),
                        row.getInt(4),
                        row.getInt(5),
                        row.getLong(6),
                        LocalDate.parse(row.getString(7)),
                        LocalDate.parse(row.getString(8))));
              }
            }
            return entries;
          }
        });
  }
}
