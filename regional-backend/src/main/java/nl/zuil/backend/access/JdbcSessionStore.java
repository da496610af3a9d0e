package nl.zuil.backend.access;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * SHA-256 of the cookie's token, never the token; the user is read from the account at every
 * request, so a changed role counts at once.
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
                      + " last_active_ms) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, session.key());
            if (session.user().isPresent()) {
              insert.setString(2, session.user().get().username());
            } else {
              insert.setNull(2, Types.VARCHAR);
            }
            insert.setString(3, session.csrf());
            insert.setLong(4, session.started().toEpochMilli());
            insert.setLong(5, session.lastActive().toEpochMilli());
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
                  "SELECT s.username, s.csrf, s.started_ms, s.last_active_ms, u.region_code,"
                      + " u.role, u.municipality FROM staff_session s"
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
                      + " staff_session WHERE username IS NULL ORDER BY last_active_ms LIMIT ?)")) {
            delete.setInt(1, count);
            delete.executeUpdate();
          }
          return null;
        });
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
