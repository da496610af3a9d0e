package nl.zuil.backend.access;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import nl.zuil.backend.store.Database;
import nl.zuil.web.Session;
import nl.zuil.web.SessionPolicy;
import nl.zuil.web.SessionStore;

/**
 * Staff sessions in the backend database (decision 0210), so a member of staff who logged in
 * through one backend process is logged in at every process on the same database. A row holds the
 * SHA-256 of the cookie's token, never the token. A password account's user is read from the
 * account at every request, so a changed role counts at once; an account of the region's identity
 * provider has no account row, so its session keeps the role, region and municipality the provider
 * gave at sign-in (schema 9, decision 0215) until it ends.
 */
public final class JdbcSessionStore implements SessionStore<StaffUser> {

  private final Database database;

  public JdbcSessionStore(Database database) {
    this.database = database;
  }

  @Override
  public void add(Session<StaffUser> session) {
    database.inTransaction(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO staff_session (token_hash, username, csrf, started_ms,"
                      + " last_active_ms, provider_username, provider_role, provider_region_code,"
                      + " provider_municipality) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, session.key());
            Optional<StaffUser> user = session.user();
            boolean provider =
                user.isPresent() && ProviderAccounts.isProviderAccount(user.get().username());
            setOrNull(insert, 2, user.filter(u -> !provider).map(StaffUser::username));
            insert.setString(3, session.csrf());
            insert.setLong(4, session.started().toEpochMilli());
            insert.setLong(5, session.lastActive().toEpochMilli());
            Optional<StaffUser> fromProvider = user.filter(u -> provider);
            setOrNull(insert, 6, fromProvider.map(StaffUser::username));
            setOrNull(insert, 7, fromProvider.map(u -> u.role().code()));
            setOrNull(insert, 8, fromProvider.map(StaffUser::regionCode));
            setOrNull(insert, 9, fromProvider.flatMap(StaffUser::municipality));
            insert.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public Optional<Session<StaffUser>> get(String key) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT COALESCE(s.username, s.provider_username), s.csrf, s.started_ms,"
                      + " s.last_active_ms, COALESCE(u.region_code, s.provider_region_code),"
                      + " COALESCE(u.role, s.provider_role),"
                      + " COALESCE(u.municipality, s.provider_municipality) FROM staff_session s"
                      + " LEFT JOIN staff_user u ON u.username = s.username"
                      + " WHERE s.token_hash = ?")) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              StaffUser user = null;
              if (row.getString(1) != null) {
                Role role =
                    Role.of(row.getString(6))
                        .orElseThrow(() -> new IllegalStateException("unknown role in database"));
                user =
                    new StaffUser(
                        row.getString(1),
                        row.getString(5),
                        role,
                        Optional.ofNullable(row.getString(7)));
              }
              return Optional.of(
                  Session.restore(
                      key,
                      user,
                      row.getString(2),
                      Instant.ofEpochMilli(row.getLong(3)),
                      Instant.ofEpochMilli(row.getLong(4))));
            }
          }
        });
  }

  @Override
  public void remove(String key) {
    update("DELETE FROM staff_session WHERE token_hash = ?", key);
  }

  @Override
  public void touched(Session<StaffUser> session) {
    database.inTransaction(
        c -> {
          try (PreparedStatement touch =
              c.prepareStatement(
                  "UPDATE staff_session SET last_active_ms = ? WHERE token_hash = ?"
                      + " AND last_active_ms < ?")) {
            long now = session.lastActive().toEpochMilli();
            touch.setLong(1, now);
            touch.setString(2, session.key());
            touch.setLong(3, now);
            touch.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public void removeExpired(Instant now, SessionPolicy policy) {
    database.inTransaction(
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement(
                  "DELETE FROM staff_session WHERE last_active_ms <= ? OR started_ms <= ?")) {
            delete.setLong(1, now.minus(policy.idle()).toEpochMilli());
            delete.setLong(2, now.minus(policy.maximum()).toEpochMilli());
            delete.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public int size() {
    return database.inTransaction(
        c -> {
          try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM staff_session");
              ResultSet row = count.executeQuery()) {
            row.next();
            return row.getInt(1);
          }
        });
  }

  @Override
  public void removeOldestAnonymous(int count) {
    database.inTransaction(
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement(
                  "DELETE FROM staff_session WHERE token_hash IN (SELECT token_hash FROM"
                      + " staff_session WHERE username IS NULL AND provider_username IS NULL"
                      + " ORDER BY last_active_ms LIMIT ?)")) {
            delete.setInt(1, count);
            delete.executeUpdate();
          }
          return null;
        });
  }

  private static void setOrNull(PreparedStatement statement, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setString(index, value.get());
    } else {
      statement.setNull(index, Types.VARCHAR);
    }
  }

  private void update(String sql, String key) {
    database.inTransaction(
        c -> {
          try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, key);
            statement.executeUpdate();
          }
          return null;
        });
  }
}
