package nl.zuil.backend.health;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.store.Database;

/** {@link HealthStore} in the backend database. */
public final class JdbcHealthStore implements HealthStore {

  private static final String COLUMNS =
      "region_code, location_code, kiosk_code, app_version, reported_at_ms, received_at_ms,"
          + " clock_offset_ms, printer_online, printer_cover_open, printer_paper_out,"
          + " printer_paper_near_end, printer_cutter_error, printer_checked_at_ms, ledger_bytes,"
          + " stored_visits, last_visit_at_ms, ledger_revision, acknowledged_revision,"
          + " set_aside_buckets, kiosk_version, start_state, started_at_ms, start_state_at_ms,"
          + " catalogue_version, catalogue_since_ms, disk_checked_at_ms, disk_free_bytes,"
          + " disk_low_on_space, disk_write_failures, disk_last_write_failure_at_ms,"
          + " disk_held_visits";

  private final Database database;

  public JdbcHealthStore(Database database) {
    this.database = database;
  }

  @Override
  public void save(KioskHealth h, String deviceId) {
    database.inTransaction(
        c -> {
          try (PreparedStatement upsert =
              c.prepareStatement(
                  "INSERT INTO kiosk_health ("
                      + COLUMNS
                      + ", printer_known, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                      + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (region_code, location_code,"
                      + " kiosk_code) DO UPDATE SET app_version = excluded.app_version,"
                      + " reported_at_ms = excluded.reported_at_ms,"
                      + " received_at_ms = excluded.received_at_ms,"
                      + " clock_offset_ms = excluded.clock_offset_ms,"
                      + " printer_online = excluded.printer_online,"
                      + " printer_cover_open = excluded.printer_cover_open,"
                      + " printer_paper_out = excluded.printer_paper_out,"
                      + " printer_paper_near_end = excluded.printer_paper_near_end,"
                      + " printer_cutter_error = excluded.printer_cutter_error,"
                      + " printer_checked_at_ms = excluded.printer_checked_at_ms,"
                      + " ledger_bytes = excluded.ledger_bytes,"
                      + " stored_visits = excluded.stored_visits,"
                      + " last_visit_at_ms = excluded.last_visit_at_ms,"
                      + " ledger_revision = excluded.ledger_revision,"
                      + " acknowledged_revision = excluded.acknowledged_revision,"
                      + " set_aside_buckets = excluded.set_aside_buckets,"
                      + " kiosk_version = excluded.kiosk_version,"
                      + " start_state = excluded.start_state,"
                      + " started_at_ms = excluded.started_at_ms,"
                      + " start_state_at_ms = excluded.start_state_at_ms,"
                      + " catalogue_version = excluded.catalogue_version,"
                      + " catalogue_since_ms = excluded.catalogue_since_ms,"
                      + " disk_checked_at_ms = excluded.disk_checked_at_ms,"
                      + " disk_free_bytes = excluded.disk_free_bytes,"
                      + " disk_low_on_space = excluded.disk_low_on_space,"
                      + " disk_write_failures = excluded.disk_write_failures,"
                      + " disk_last_write_failure_at_ms = excluded.disk_last_write_failure_at_ms,"
                      + " disk_held_visits = excluded.disk_held_visits,"
                      + " printer_known = excluded.printer_known, device_id = excluded.device_id")) {
            int i = 1;
            upsert.setString(i++, h.regionCode());
            upsert.setString(i++, h.locationCode());
            upsert.setString(i++, h.kioskCode());
            upsert.setString(i++, h.appVersion());
            upsert.setLong(i++, h.reportedAt().toEpochMilli());
            upsert.setLong(i++, h.receivedAt().toEpochMilli());
            upsert.setLong(i++, h.clockOffsetMillis());
            upsert.setBoolean(i++, h.printerOnline());
            upsert.setBoolean(i++, h.printerCoverOpen());
            upsert.setBoolean(i++, h.printerPaperOut());
            upsert.setBoolean(i++, h.printerPaperNearEnd());
            upsert.setBoolean(i++, h.printerCutterError());
            setInstant(upsert, i++, h.printerCheckedAt());
            upsert.setLong(i++, h.ledgerBytes());
            upsert.setLong(i++, h.storedVisits());
            setInstant(upsert, i++, h.lastVisitAt());
            upsert.setLong(i++, h.ledgerRevision());
            upsert.setLong(i++, h.acknowledgedRevision());
            upsert.setLong(i++, h.setAsideBuckets());
            Optional<LastStart> start = h.lastStart();
            upsert.setString(i++, start.map(LastStart::kioskVersion).orElse(null));
            upsert.setString(i++, start.map(LastStart::state).orElse(null));
            setInstant(upsert, i++, start.map(LastStart::startedAt));
            setInstant(upsert, i++, start.map(LastStart::stateAt));
            Optional<Integer> catalogue = start.flatMap(LastStart::catalogueVersion);
            if (catalogue.isPresent()) {
              upsert.setInt(i++, catalogue.get());
            } else {
              upsert.setNull(i++, Types.INTEGER);
            }
            setInstant(upsert, i++, start.flatMap(LastStart::catalogueSince));
            i = setDisk(upsert, i, h.disk());
            upsert.setBoolean(i++, h.printerCheckedAt().isPresent());
            upsert.setString(i, deviceId);
            upsert.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public List<KioskHealth> region(String regionCode) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM kiosk_health WHERE region_code = ?"
                      + " ORDER BY location_code, kiosk_code")) {
            query.setString(1, regionCode);
            List<KioskHealth> all = new ArrayList<>();
            try (ResultSet r = query.executeQuery()) {
              while (r.next()) {
                all.add(
                    new KioskHealth(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        Instant.ofEpochMilli(r.getLong(5)),
                        Instant.ofEpochMilli(r.getLong(6)),
                        r.getLong(7),
                        r.getBoolean(8),
                        r.getBoolean(9),
                        r.getBoolean(10),
                        r.getBoolean(11),
                        r.getBoolean(12),
                        instant(r, 13),
                        r.getLong(14),
                        r.getLong(15),
                        instant(r, 16),
                        r.getLong(17),
                        r.getLong(18),
                        r.getLong(19),
                        lastStart(r),
                        disk(r)));
              }
            }
            return all;
          }
        });
  }

  /** Columns 20 to 25; empty when the kiosk's agent never reported a start. */
  private static Optional<LastStart> lastStart(ResultSet r) throws SQLException {
    String version = r.getString(20);
    if (version == null) {
      return Optional.empty();
    }
    int catalogue = r.getInt(24);
    Optional<Integer> catalogueVersion = r.wasNull() ? Optional.empty() : Optional.of(catalogue);
    return Optional.of(
        new LastStart(
            version,
            r.getString(21),
            Instant.ofEpochMilli(r.getLong(22)),
            Instant.ofEpochMilli(r.getLong(23)),
            catalogueVersion,
            instant(r, 25)));
  }

  /** Sets columns 26 to 31 from {@code index} on; returns the index after them. */
  private static int setDisk(PreparedStatement statement, int index, Optional<LedgerDisk> disk)
      throws SQLException {
    int i = index;
    setInstant(statement, i++, disk.map(LedgerDisk::checkedAt));
    setLong(statement, i++, disk.map(LedgerDisk::freeBytes));
    if (disk.isPresent()) {
      statement.setBoolean(i++, disk.get().lowOnSpace());
    } else {
      statement.setNull(i++, Types.BOOLEAN);
    }
    setLong(statement, i++, disk.map(LedgerDisk::writeFailures));
    setInstant(statement, i++, disk.flatMap(LedgerDisk::lastWriteFailureAt));
    if (disk.isPresent()) {
      statement.setInt(i++, disk.get().heldVisits());
    } else {
      statement.setNull(i++, Types.INTEGER);
    }
    return i;
  }

  /** Columns 26 to 31; empty when the kiosk's agent never reported its disk. */
  private static Optional<LedgerDisk> disk(ResultSet r) throws SQLException {
    Optional<Instant> checkedAt = instant(r, 26);
    if (checkedAt.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new LedgerDisk(
            checkedAt.get(),
            r.getLong(27),
            r.getBoolean(28),
            r.getLong(29),
            instant(r, 30),
            r.getInt(31)));
  }

  private static void setLong(PreparedStatement statement, int index, Optional<Long> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setLong(index, value.get());
    } else {
      statement.setNull(index, Types.BIGINT);
    }
  }

  private static void setInstant(PreparedStatement statement, int index, Optional<Instant> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setLong(index, value.get().toEpochMilli());
    } else {
      statement.setNull(index, Types.BIGINT);
    }
  }

  private static Optional<Instant> instant(ResultSet row, int column) throws SQLException {
    long millis = row.getLong(column);
    return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
  }
}
