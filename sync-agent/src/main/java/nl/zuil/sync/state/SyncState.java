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

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("closing agent state " + file + " failed", e);
    }
  }
}
