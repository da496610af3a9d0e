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
                      + " password_hash = excluded.password_hash")) {
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
                  "SELECT region_code, role, municipality, password_hash FROM staff_user"
                      + " WHERE username = ?")) {
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
              return Optional.of(new StoredAccount(user, row.getString(4)));
            }
          }
        });
  }
}
