package nl.zuil.sync.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.zuil.ledger.aggregate.BucketKey;
import nl.zuil.regionapi.Channel;

/**
 * The agent's memory: the highest ledger revision the backend acknowledged (the watermark). It is
 * written only after an acknowledgement, durably ({@code synchronous=FULL}), and never moves back;
 * so after a crash the agent re-sends at most what was in flight, which the backend ignores.
 */
public final class SyncState implements AutoCloseable {

  private final Path file;
  private final Connection connection;

  private SyncState(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  public static SyncState open(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    try {
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + absolute);
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA journal_mode = WAL");
        statement.execute("PRAGMA synchronous = FULL");
        statement.execute("PRAGMA busy_timeout = 5000");
        statement.execute(
            "CREATE TABLE IF NOT EXISTS sync_state (name TEXT PRIMARY KEY, value INTEGER NOT NULL)");
        statement.execute(
            "INSERT OR IGNORE INTO sync_state (name, value) VALUES ('acknowledged_revision', 0)");
        statement.execute(
            "CREATE TABLE IF NOT EXISTS set_aside (location_code TEXT NOT NULL,"
                + " service_date TEXT NOT NULL, hour INTEGER NOT NULL, question_code TEXT NOT NULL,"
                + " situation_code TEXT NOT NULL, outcome_code TEXT NOT NULL,"
                + " partner_code TEXT NOT NULL, reason TEXT NOT NULL,"
                + " PRIMARY KEY (location_code, service_date, hour, question_code, situation_code,"
                + " outcome_code, partner_code))");
        // Contacts' buckets (decision 1003) have a channel besides the key above; kept apart so
        // that the previous release's state file is used as it is.
        statement.execute(
            "CREATE TABLE IF NOT EXISTS set_aside_contact (location_code TEXT NOT NULL,"
                + " service_date TEXT NOT NULL, hour INTEGER NOT NULL, question_code TEXT NOT NULL,"
                + " situation_code TEXT NOT NULL, outcome_code TEXT NOT NULL,"
                + " partner_code TEXT NOT NULL, channel_code TEXT NOT NULL, reason TEXT NOT NULL,"
                + " PRIMARY KEY (location_code, service_date, hour, question_code, situation_code,"
                + " outcome_code, partner_code, channel_code))");
      }
      return new SyncState(absolute, connection);
    } catch (SQLException e) {
      throw new IOException("cannot open the agent state " + absolute + ": " + e.getMessage(), e);
    }
  }

  public synchronized long acknowledgedRevision() {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT value FROM sync_state WHERE name = 'acknowledged_revision'")) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("agent state " + file + ": " + e.getMessage(), e);
    }
  }

  /** Moves the watermark up to {@code revision}; a lower value changes nothing. */
  public synchronized void acknowledge(long revision) {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE sync_state SET value = ? WHERE name = 'acknowledged_revision' AND value < ?")) {
      update.setLong(1, revision);
      update.setLong(2, revision);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("agent state " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Tells the state which ledger the kiosk now has. Revisions count within one ledger, so for a
   * different ledger (a replaced PC, or a new file) the watermark starts again at 0 and buckets set
   * aside for the old ledger are forgotten.
   *
   * @return true when the ledger changed
   */
  public synchronized boolean useLedger(long ledgerId) {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery("SELECT value FROM sync_state WHERE name = 'ledger_id'")) {
      if (row.next() && row.getLong(1) == ledgerId) {
        return false;
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    try {
      connection.setAutoCommit(false);
      try (PreparedStatement ledger =
              connection.prepareStatement(
                  "INSERT INTO sync_state (name, value) VALUES ('ledger_id', ?)"
                      + " ON CONFLICT (name) DO UPDATE SET value = excluded.value");
          Statement reset = connection.createStatement()) {
        ledger.setLong(1, ledgerId);
        ledger.executeUpdate();
        reset.executeUpdate("UPDATE sync_state SET value = 0 WHERE name = 'acknowledged_revision'");
        reset.executeUpdate("DELETE FROM set_aside");
        reset.executeUpdate("DELETE FROM set_aside_contact");
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return true;
  }

  /** Remembers a bucket the backend refused on its own, to offer it again later. */
  public synchronized void setAside(BucketKey key, String reason) {
    boolean contact = isContact(key);
    try (PreparedStatement insert =
        connection.prepareStatement(
            contact
                ? "INSERT INTO set_aside_contact (location_code, service_date, hour, question_code,"
                    + " situation_code, outcome_code, partner_code, channel_code, reason)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT DO UPDATE SET reason = excluded.reason"
                : "INSERT INTO set_aside (location_code, service_date, hour, question_code,"
                    + " situation_code, outcome_code, partner_code, reason)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT DO UPDATE SET reason = excluded.reason")) {
      bindKey(insert, key);
      insert.setString(contact ? 9 : 8, reason);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** The backend took the bucket after all. */
  public synchronized void release(BucketKey key) {
    try (PreparedStatement delete =
        connection.prepareStatement(
            "DELETE FROM "
                + (isContact(key) ? "set_aside_contact" : "set_aside")
                + " WHERE location_code = ? AND service_date = ? AND hour = ?"
                + " AND question_code = ? AND situation_code = ? AND outcome_code = ?"
                + " AND partner_code = ?"
                + (isContact(key) ? " AND channel_code = ?" : ""))) {
      bindKey(delete, key);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  public synchronized List<BucketKey> setAsideKeys() {
    List<BucketKey> keys = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT location_code, service_date, hour, question_code, situation_code,"
                    + " outcome_code, partner_code, '"
                    + Channel.KIOSK.code()
                    + "' AS channel_code FROM set_aside"
                    + " UNION ALL SELECT location_code, service_date, hour, question_code,"
                    + " situation_code, outcome_code, partner_code, channel_code"
                    + " FROM set_aside_contact ORDER BY 2, 3, 1, 4, 5, 6, 7, 8")) {
      while (rows.next()) {
        keys.add(
            new BucketKey(
                rows.getString(1),
                LocalDate.parse(rows.getString(2)),
                rows.getInt(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                rows.getString(8)));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return keys;
  }

  /** The backend's reason for the most recently refused bucket, if any is set aside. */
  public synchronized Optional<String> lastSetAsideReason() {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT reason FROM set_aside UNION ALL SELECT reason FROM set_aside_contact"
                    + " LIMIT 1")) {
      return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static void bindKey(PreparedStatement statement, BucketKey key) throws SQLException {
    statement.setString(1, key.locationCode());
    statement.setString(2, key.serviceDate().toString());
    statement.setInt(3, key.hour());
    statement.setString(4, key.questionCode());
    statement.setString(5, key.situationCode());
    statement.setString(6, key.outcomeCode());
    statement.setString(7, key.partnerCode());
    if (isContact(key)) {
      statement.setString(8, key.channelCode());
    }
  }

  private static boolean isContact(BucketKey key) {
    return !Channel.KIOSK.code().equals(key.channelCode());
  }

  private IllegalStateException failure(SQLException e) {
    return new IllegalStateException("agent state " + file + ": " + e.getMessage(), e);
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("closing agent state " + file + " failed", e);
    }
  }
}
