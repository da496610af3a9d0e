package nl.zuil.backend.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.zuil.backend.store.Database;
import nl.zuil.backend.store.StoreException;
import nl.zuil.web.ThrottleState;
import nl.zuil.web.ThrottleStore;

/**
 * Login budgets in the backend database, so every backend process serving a region counts the same
 * attempts (decision 0210). Keys (an address, an account name) are kept only as SHA-256 hashes and
 * dropped once forgotten. Two processes counting one key at once both count: an update that finds
 * the row changed since it read it reads again.
 */
public final class JdbcThrottleStore implements ThrottleStore {

  private static final int TRIES = 50;

  private final Database database;
  private final Clock clock;

  public JdbcThrottleStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public Optional<ThrottleState> find(String key) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT attempts, wait_until_ms, forget_at_ms FROM login_throttle"
                      + " WHERE key_hash = ?")) {
            query.setString(1, hash(key));
            try (ResultSet row = query.executeQuery()) {
              return row.next() ? Optional.of(state(row)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public ThrottleState update(String key, UnaryOperator<ThrottleState> change) {
    String hash = hash(key);
    for (int i = 0; i < TRIES; i++) {
      Optional<ThrottleState> updated = tryUpdate(hash, change);
      if (updated.isPresent()) {
        return updated.get();
      }
    }
    throw new StoreException("a login budget kept changing while it was counted", null);
  }

  private Optional<ThrottleState> tryUpdate(String hash, UnaryOperator<ThrottleState> change) {
    return database.inTransaction(
        c -> {
          // A write first: SQLite then holds the write lock for the whole read-and-update.
          try (PreparedStatement prune =
              c.prepareStatement("DELETE FROM login_throttle WHERE forget_at_ms < ?")) {
            prune.setLong(1, clock.millis());
            prune.executeUpdate();
          }
          ThrottleState old = ThrottleState.FRESH;
          long version = -1;
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT attempts, wait_until_ms, forget_at_ms, version FROM login_throttle"
                      + " WHERE key_hash = ?")) {
            query.setString(1, hash);
            try (ResultSet row = query.executeQuery()) {
              if (row.next()) {
                old = state(row);
                version = row.getLong(4);
              }
            }
          }
          ThrottleState next = change.apply(old);
          String sql =
              version < 0
                  ? "INSERT INTO login_throttle (attempts, wait_until_ms, forget_at_ms, version,"
                      + " key_hash) VALUES (?, ?, ?, 0, ?) ON CONFLICT (key_hash) DO NOTHING"
                  : "UPDATE login_throttle SET attempts = ?, wait_until_ms = ?, forget_at_ms = ?,"
                      + " version = version + 1 WHERE key_hash = ? AND version = ?";
          try (PreparedStatement write = c.prepareStatement(sql)) {
            write.setInt(1, next.count());
            write.setLong(2, next.waitUntil().toEpochMilli());
            write.setLong(3, next.forgetAt().toEpochMilli());
            write.setString(4, hash);
            if (version >= 0) {
              write.setLong(5, version);
            }
            return write.executeUpdate() == 1 ? Optional.of(next) : Optional.empty();
          }
        });
  }

  @Override
  public void remove(String key) {
    database.inTransaction(
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM login_throttle WHERE key_hash = ?")) {
            delete.setString(1, hash(key));
            delete.executeUpdate();
          }
          return null;
        });
  }

  private static ThrottleState state(ResultSet row) throws java.sql.SQLException {
    return new ThrottleState(
        row.getInt(1), Instant.ofEpochMilli(row.getLong(2)), Instant.ofEpochMilli(row.getLong(3)));
  }

  static String hash(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
