package nl.zuil.provisioning.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * What the tool asks of a ledger file directly with SQLite, beyond what the ledger's own API
 * offers: a full integrity check, whether another process has it open, and the online backup.
 */
public final class LedgerFile {

  private static final int BUSY_TIMEOUT_MS = 5_000;

  private LedgerFile() {}

  /**
   * {@code PRAGMA integrity_check} (every page, not the quick check the agent runs on each open).
   *
   * @return {@code ["ok"]} for a sound file, else the first findings
   * @throws SQLException when the file is not a database at all
   */
  public static List<String> integrityCheck(Path file, boolean readOnly) throws SQLException {
    List<String> findings = new ArrayList<>();
    try (Connection connection = connect(file, readOnly, BUSY_TIMEOUT_MS);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA integrity_check(20)")) {
      while (rows.next()) {
        findings.add(rows.getString(1));
      }
    }
    return findings;
  }

  /**
   * True when some other connection, in this process or any other, has the ledger open. In WAL mode
   * every open connection holds a shared lock on the file for as long as it is open, so an
   * exclusive lock is granted only when nobody else has it: the kiosk and the agent both keep it
   * open while they run. Taking and releasing the lock changes nothing in the file.
   */
  public static boolean inUse(Path file) throws SQLException {
    if (!Files.exists(file)) {
      return false;
    }
    try (Connection connection = connect(file, false, 0);
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA locking_mode = EXCLUSIVE");
      statement.execute("BEGIN EXCLUSIVE");
      statement.execute("ROLLBACK");
      return false;
    } catch (SQLiteException e) {
      if (e.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
          || e.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED) {
        return true;
      }
      throw e;
    }
  }

  /**
   * Copies a live ledger with SQLite's online backup API, page by page in one read transaction: the
   * kiosk keeps writing meanwhile (WAL), and the copy is the ledger as of one instant. The copy is
   * then turned into a single self-contained file (rollback journal instead of WAL).
   */
  public static void backup(Path ledger, Path copy) throws SQLException {
    try (Connection connection = connect(ledger, true, BUSY_TIMEOUT_MS);
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("backup to \"" + copy + "\"");
    }
    try (Connection connection = connect(copy, false, BUSY_TIMEOUT_MS);
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA journal_mode = DELETE");
    }
  }

  private static Connection connect(Path file, boolean readOnly, int busyTimeoutMs)
      throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(readOnly);
    config.setBusyTimeout(busyTimeoutMs);
    // Never create a file by accident: a missing ledger is an error, not a new empty database.
    config.resetOpenMode(SQLiteOpenMode.CREATE);
    return config.createConnection("jdbc:sqlite:" + file);
  }
}
