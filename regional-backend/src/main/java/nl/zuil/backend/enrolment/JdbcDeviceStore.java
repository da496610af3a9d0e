package nl.zuil.backend.enrolment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.store.Database;

/** {@link DeviceStore} in the backend database. */
public final class JdbcDeviceStore implements DeviceStore {

  private final Database database;

  public JdbcDeviceStore(Database database) {
    this.database = database;
  }

  @Override
  public void saveCode(
      String codeHash,
      String regionCode,
      String locationCode,
      String kioskCode,
      long createdAtMs,
      long expiresAtMs) {
    database.inTransaction(
        c -> {
          deleteUnused(c, regionCode, locationCode, kioskCode);
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO enrolment_code (code_hash, region_code, location_code, kiosk_code,"
                      + " created_at_ms, expires_at_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, codeHash);
            insert.setString(2, regionCode);
            insert.setString(3, locationCode);
            insert.setString(4, kioskCode);
            insert.setLong(5, createdAtMs);
            insert.setLong(6, expiresAtMs);
            insert.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public List<OpenCode> openCodes(String regionCode, long nowMs) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT location_code, kiosk_code, created_at_ms, expires_at_ms"
                      + " FROM enrolment_code WHERE region_code = ? AND used_at_ms IS NULL"
                      + " AND expires_at_ms > ? ORDER BY location_code, kiosk_code")) {
            query.setString(1, regionCode);
            query.setLong(2, nowMs);
            List<OpenCode> open = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                open.add(
                    new OpenCode(
                        row.getString(1),
                        row.getString(2),
                        Instant.ofEpochMilli(row.getLong(3)),
                        Instant.ofEpochMilli(row.getLong(4))));
              }
            }
            return open;
          }
        });
  }

  @Override
  public boolean revokeCode(String regionCode, String locationCode, String kioskCode, long nowMs) {
    return database.inTransaction(
        c -> {
          boolean open;
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT count(*) FROM enrolment_code WHERE region_code = ?"
                      + " AND location_code = ? AND kiosk_code = ? AND used_at_ms IS NULL"
                      + " AND expires_at_ms > ?")) {
            query.setString(1, regionCode);
            query.setString(2, locationCode);
            query.setString(3, kioskCode);
            query.setLong(4, nowMs);
            try (ResultSet row = query.executeQuery()) {
              row.next();
              open = row.getLong(1) > 0;
            }
          }
          deleteUnused(c, regionCode, locationCode, kioskCode);
          return open;
        });
  }

  // An unused code is deleted rather than marked: nothing can be learnt from it afterwards, and a
  // used one stays as the record of which code enrolled which device.
  private static void deleteUnused(
      Connection c, String regionCode, String locationCode, String kioskCode) throws SQLException {
    try (PreparedStatement delete =
        c.prepareStatement(
            "DELETE FROM enrolment_code WHERE region_code = ? AND location_code = ?"
                + " AND kiosk_code = ? AND used_at_ms IS NULL")) {
      delete.setString(1, regionCode);
      delete.setString(2, locationCode);
      delete.setString(3, kioskCode);
      delete.executeUpdate();
    }
  }

  @Override
  public List<ActiveDevice> activeDevices(
      String regionCode, String locationCode, String kioskCode) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT id, enrolled_at_ms FROM device WHERE region_code = ?"
                      + " AND location_code = ? AND kiosk_code = ? AND revoked_at_ms IS NULL"
                      + " ORDER BY enrolled_at_ms")) {
            query.setString(1, regionCode);
            query.setString(2, locationCode);
            query.setString(3, kioskCode);
            List<ActiveDevice> active = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                active.add(
                    new ActiveDevice(
                        row.getString(1),
                        locationCode,
                        kioskCode,
                        Instant.ofEpochMilli(row.getLong(2))));
              }
            }
            return active;
          }
        });
  }

  @Override
  public Optional<Device> redeem(String codeHash, long nowMs, NewCredential credential) {
    return database.inTransaction(
        c -> {
          // The conditional update is what makes a code single-use, even under two racing calls.
          try (PreparedStatement use =
              c.prepareStatement(
                  "UPDATE enrolment_code SET used_at_ms = ?, device_id = ?"
                      + " WHERE code_hash = ? AND used_at_ms IS NULL AND expires_at_ms > ?")) {
            use.setLong(1, nowMs);
            use.setString(2, credential.deviceId());
            use.setString(3, codeHash);
            use.setLong(4, nowMs);
            if (use.executeUpdate() != 1) {
              return Optional.empty();
            }
          }
          Device device = target(c, codeHash, credential.deviceId());
          try (PreparedStatement revoke =
              c.prepareStatement(
                  "UPDATE device SET revoked_at_ms = ? WHERE region_code = ? AND location_code = ?"
                      + " AND kiosk_code = ? AND revoked_at_ms IS NULL")) {
            revoke.setLong(1, nowMs);
            revoke.setString(2, device.regionCode());
            revoke.setString(3, device.locationCode());
            revoke.setString(4, device.kioskCode());
            revoke.executeUpdate();
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO device (id, region_code, location_code, kiosk_code,"
                      + " credential_salt, credential_hash, enrolled_at_ms)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, device.id());
            insert.setString(2, device.regionCode());
            insert.setString(3, device.locationCode());
            insert.setString(4, device.kioskCode());
            insert.setString(5, credential.salt());
            insert.setString(6, credential.hash());
            insert.setLong(7, nowMs);
            insert.executeUpdate();
          }
          return Optional.of(device);
        });
  }

  private static Device target(Connection c, String codeHash, String deviceId) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT region_code, location_code, kiosk_code FROM enrolment_code"
                + " WHERE code_hash = ?")) {
      query.setString(1, codeHash);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return new Device(deviceId, row.getString(1), row.getString(2), row.getString(3));
      }
    }
  }

  @Override
  public Optional<StoredDevice> activeDevice(String deviceId) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT region_code, location_code, kiosk_code, credential_salt,"
                      + " credential_hash FROM device WHERE id = ? AND revoked_at_ms IS NULL")) {
            query.setString(1, deviceId);
            try (ResultSet row = query.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new StoredDevice(
                      new Device(deviceId, row.getString(1), row.getString(2), row.getString(3)),
                      row.getString(4),
                      row.getString(5)));
            }
          }
        });
  }
}
