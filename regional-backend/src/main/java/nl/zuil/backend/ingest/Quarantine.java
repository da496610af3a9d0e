package nl.zuil.backend.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.zuil.backend.store.Database;

/**
 * Kiosks whose counts IT beheer has taken out of the statistics, for instance after a device sent
 * implausible figures. The kiosk keeps delivering and its buckets stay stored and current; the
 * statistics leave them out until release, so releasing brings them back with nothing resent
 * (decision 0208).
 */
public final class Quarantine {

  /** A kiosk in quarantine, and since when. */
  public record Kiosk(String locationCode, String kioskCode, Instant since) {}

  /**
   * The condition the statistics add to a query on {@code bucket}, and its values: no row of a
   * kiosk in quarantine. Quarantine is rare, so the kiosks are read first and named one by one;
   * with none the condition is empty. A correlated {@code NOT EXISTS} on every bucket row cost the
   * region-year dashboard 12 % even with no kiosk in quarantine.
   *
   * @param sql constant placeholders, never built from input
   */
  public record Exclusion(String sql, List<String> values) {}

  /** The exclusion for a region's statistics, read in the caller's transaction. */
  public static Exclusion exclusion(Connection c, String regionCode) throws SQLException {
    StringBuilder sql = new StringBuilder();
    List<String> values = new ArrayList<>();
    try (PreparedStatement statement =
        c.prepareStatement(
            "SELECT location_code, kiosk_code FROM quarantined_kiosk WHERE region_code = ?")) {
      statement.setString(1, regionCode);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          sql.append(" AND NOT (location_code = ? AND kiosk_code = ?)");
          values.add(rows.getString(1));
          values.add(rows.getString(2));
        }
      }
    }
    return new Exclusion(sql.toString(), List.copyOf(values));
  }

  private final Database database;
  private final Clock clock;

  public Quarantine(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Takes a kiosk's counts out of the statistics.
   *
   * @return false when it already was in quarantine (nothing changes then)
   * @throws IllegalArgumentException when no such kiosk was ever enrolled
   */
  public boolean quarantine(String regionCode, String locationCode, String kioskCode) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement known =
              c.prepareStatement(
                  "SELECT 1 FROM device WHERE region_code = ? AND location_code = ?"
                      + " AND kiosk_code = ?")) {
            known.setString(1, regionCode);
            known.setString(2, locationCode);
            known.setString(3, kioskCode);
            try (ResultSet row = known.executeQuery()) {
              if (!row.next()) {
                throw new IllegalArgumentException(
                    "no kiosk " + kioskCode + " at " + locationCode + " was ever enrolled");
              }
            }
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO quarantined_kiosk (region_code, location_code, kiosk_code,"
                      + " since_ms) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, regionCode);
            insert.setString(2, locationCode);
            insert.setString(3, kioskCode);
            insert.setLong(4, clock.millis());
            if (insert.executeUpdate() == 0) {
              return false;
            }
          }
          DataRevision.raiseEveryMonth(c, regionCode);
          return true;
        });
  }

  /**
   * Brings a kiosk's counts back into the statistics.
   *
   * @return false when it was not in quarantine
   */
  public boolean release(String regionCode, String locationCode, String kioskCode) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement(
                  "DELETE FROM quarantined_kiosk WHERE region_code = ? AND location_code = ?"
                      + " AND kiosk_code = ?")) {
            delete.setString(1, regionCode);
            delete.setString(2, locationCode);
            delete.setString(3, kioskCode);
            if (delete.executeUpdate() == 0) {
              return false;
            }
          }
          DataRevision.raiseEveryMonth(c, regionCode);
          return true;
        });
  }

  /** The region's kiosks in quarantine, by location and kiosk code. */
  public List<Kiosk> region(String regionCode) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT location_code, kiosk_code, since_ms FROM quarantined_kiosk"
                      + " WHERE region_code = ? ORDER BY location_code, kiosk_code")) {
            query.setString(1, regionCode);
            List<Kiosk> kiosks = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                kiosks.add(
                    new Kiosk(
                        row.getString(1), row.getString(2), Instant.ofEpochMilli(row.getLong(3))));
              }
            }
            return kiosks;
          }
        });
  }
}
