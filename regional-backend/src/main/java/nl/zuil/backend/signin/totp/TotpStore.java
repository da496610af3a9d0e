package nl.zuil.backend.signin.totp;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.store.Database;

/** The tables {@code staff_totp} and {@code staff_recovery_code} (migration V8). */
final class TotpStore {

  /** One account's stored second factor. */
  record Stored(String sealedSecret, boolean enabled, long lastStep) {}

  private final Database database;

  TotpStore(Database database) {
    this.database = database;
  }

  Optional<Stored> find(String username) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT sealed_secret, enabled_at_ms, last_step FROM staff_totp"
                      + " WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              String sealed = row.getString(1);
              row.getLong(2);
              boolean enabled = !row.wasNull();
              return Optional.of(new Stored(sealed, enabled, row.getLong(3)));
            }
          }
        });
  }

  /** A new, not yet enabled secret; replaces an unfinished enrolment, never an enabled one. */
  boolean begin(String username, String sealedSecret) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement(
                  "DELETE FROM staff_totp WHERE username = ? AND enabled_at_ms IS NULL")) {
            delete.setString(1, username);
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO staff_totp (username, sealed_secret) VALUES (?, ?)"
                      + " ON CONFLICT (username) DO NOTHING")) {
            insert.setString(1, username);
            insert.setString(2, sealedSecret);
            return insert.executeUpdate() == 1;
          }
        });
  }

  /** Switches the factor on and stores the recovery codes' hashes, in one transaction. */
  boolean enable(String username, long step, List<String> codeHashes, long nowMs) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE staff_totp SET enabled_at_ms = ?, last_step = ?"
                      + " WHERE username = ? AND enabled_at_ms IS NULL")) {
            update.setLong(1, nowMs);
            update.setLong(2, step);
            update.setString(3, username);
            if (update.executeUpdate() != 1) {
              return false;
            }
          }
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM staff_recovery_code WHERE username = ?")) {
            delete.setString(1, username);
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO staff_recovery_code (username, code_hash) VALUES (?, ?)")) {
            for (String hash : codeHashes) {
              insert.setString(1, username);
              insert.setString(2, hash);
              insert.addBatch();
            }
            insert.executeBatch();
          }
          return true;
        });
  }

  /** Takes time step {@code step} if it is later than the last one taken: a code works once. */
  boolean takeStep(String username, long step) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE staff_totp SET last_step = ? WHERE username = ? AND last_step < ?"
                      + " AND enabled_at_ms IS NOT NULL")) {
            update.setLong(1, step);
            update.setString(2, username);
            update.setLong(3, step);
            return update.executeUpdate() == 1;
          }
        });
  }

  /** Marks an unused recovery code used; false when there is no such unused code. */
  boolean useRecoveryCode(String username, String codeHash, long nowMs) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE staff_recovery_code SET used_at_ms = ? WHERE username = ?"
                      + " AND code_hash = ? AND used_at_ms IS NULL")) {
            update.setLong(1, nowMs);
            update.setString(2, username);
            update.setString(3, codeHash);
            return update.executeUpdate() == 1;
          }
        });
  }

  int unusedRecoveryCodes(String username) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM staff_recovery_code WHERE username = ?"
                      + " AND used_at_ms IS NULL")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
              row.next();
              return row.getInt(1);
            }
          }
        });
  }

  /** Forgets the account's secret and recovery codes; false when it had none. */
  boolean reset(String username) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement codes =
              c.prepareStatement("DELETE FROM staff_recovery_code WHERE username = ?")) {
            codes.setString(1, username);
            codes.executeUpdate();
          }
          try (PreparedStatement secret =
              c.prepareStatement("DELETE FROM staff_totp WHERE username = ?")) {
            secret.setString(1, username);
            return secret.executeUpdate() == 1;
          }
        });
  }
}
