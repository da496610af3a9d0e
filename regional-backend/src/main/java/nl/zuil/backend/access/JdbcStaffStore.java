package nl.zuil.backend.access;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.Optional;
import nl.zuil.backend.store.Database;

/** {@link StaffStore} in the backend database. */
public final class JdbcStaffStore implements StaffStore {

  private final Database database;

  public JdbcStaffStore(Database database) {
    this.database = database;
  }

  @Override
  public void save(StaffUser user, String passwordHash, long nowMs) {
    database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement("SELECT region_code FROM staff_user WHERE username = ?")) {
            query.setString(1, user.username());
            try (ResultSet row = query.executeQuery()) {
              if (row.next() && !row.getString(1).equals(user.regionCode())) {
                throw new IllegalArgumentException(
                    "the name " + user.username() + " is taken; choose another");
              }
            }
          }
          try (PreparedStatement upsert =
              c.prepareStatement(
                  "INSERT INTO staff_user (username, region_code, role, municipality,"
                      + " password_hash, created_at_ms) VALUES (?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (username) DO UPDATE SET role = excluded.role,"
                      + " municipality = excluded.municipality,"
                      + " password_hash = excluded.password_hash, failed_logins = 0,"
                      + " locked_until_ms = NULL")) {
            upsert.setString(1, user.username());
            upsert.setString(2, user.regionCode());
            upsert.setString(3, user.role().code());
            if (user.municipality().isPresent()) {
              upsert.setString(4, user.municipality().get());
            } else {
              upsert.setNull(4, Types.VARCHAR);
            }
            upsert.setString(5, passwordHash);
            upsert.setLong(6, nowMs);
            upsert.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public Optional<StoredAccount> find(String username) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT region_code, role, municipality, password_hash, failed_logins,"
                      + " locked_until_ms FROM staff_user WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              Role role =
                  Role.of(row.getString(2))
                      .orElseThrow(() -> new IllegalStateException("unknown role in database"));
              StaffUser user =
                  new StaffUser(
                      username, row.getString(1), role, Optional.ofNullable(row.getString(3)));
              long locked = row.getLong(6);
              Optional<Long> lockedUntil = row.wasNull() ? Optional.empty() : Optional.of(locked);
              return Optional.of(
                  new StoredAccount(user, row.getString(4), row.getInt(5), lockedUntil));
            }
          }
        });
  }

  @Override
  public void recordFailure(String username, int limit, long lockUntilMs) {
    database.inTransaction(
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE staff_user SET failed_logins = failed_logins + 1,"
                      + " locked_until_ms = CASE WHEN failed_logins + 1 >= ? THEN ?"
                      + " ELSE locked_until_ms END WHERE username = ?")) {
            update.setInt(1, limit);
            update.setLong(2, lockUntilMs);
            update.setString(3, username);
            update.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public void recordSuccess(String username) {
    database.inTransaction(
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE staff_user SET failed_logins = 0, locked_until_ms = NULL"
                      + " WHERE username = ?")) {
            update.setString(1, username);
            update.executeUpdate();
          }
          return null;
        });
  }
}
