package nl.zuil.ledger.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import nl.zuil.ledger.LedgerOpenException;
import nl.zuil.ledger.LedgerOpenException.Problem;
import nl.zuil.ledger.LedgerStorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One connection to a ledger file and the rules for using it: checked before anything is written,
 * every change in one {@code BEGIN IMMEDIATE} transaction, durable at commit.
 *
 * <p>Internal to the ledger: other modules use {@code Ledger} and {@code LedgerReader}.
 */
public final class LedgerDatabase implements AutoCloseable {

  /** Written into the file header, so a foreign SQLite file is refused instead of migrated. */
  public static final int APPLICATION_ID = 1517640524;

  private static final Logger LOG = LoggerFactory.getLogger(LedgerDatabase.class);
  private static final int BUSY_TIMEOUT_MS = 5_000;

  /**
   * What the write-ahead log may keep after a checkpoint, and how many pages it collects before
   * SQLite copies them into the file (the default, 1000 pages, is 4 MiB: more than a small volume
   * has). A busy day's peak is given back instead of held.
   */
  static final long WAL_KEEP_BYTES = 512 * 1024;

  static final int WAL_CHECKPOINT_PAGES = 128;

  private final Path file;
  private final Connection connection;
  private final ReentrantLock lock = new ReentrantLock();
  // Preparing a statement compiles it with every CHECK of its table; for a ticket that cost more
  // than the fsync. Kept per connection; only used under the lock.
  private final Map<String, PreparedStatement> prepared = new HashMap<>();
  private int transactionDepth;

  private LedgerDatabase(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens (or creates) a ledger for the kiosk: checks integrity and schema version before the first
   * write, then switches to WAL with {@code synchronous=FULL} and applies pending migrations in one
   * transaction.
   */
  public static LedgerDatabase openForWriting(Path file, Migrations migrations)
      throws LedgerOpenException {
    Path absolute = file.toAbsolutePath();
    try {
      Path parent = absolute.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new LedgerOpenException(
          Problem.UNAVAILABLE, absolute, "Cannot create the folder for ledger " + absolute, e);
    }
    Connection connection = connect(absolute, false);
    try {
      checkIntegrity(absolute, connection, "integrity_check");
      int version = checkVersion(absolute, connection, migrations.latestVersion());
      execute(connection, "PRAGMA journal_mode = WAL");
      execute(connection, "PRAGMA synchronous = FULL");
      execute(connection, "PRAGMA journal_size_limit = " + WAL_KEEP_BYTES);
      execute(connection, "PRAGMA wal_autocheckpoint = " + WAL_CHECKPOINT_PAGES);
      LedgerDatabase database = new LedgerDatabase(absolute, connection);
      if (version < migrations.latestVersion()) {
        database.write(
            c -> {
              migrations.applyAfter(version, c);
              return null;
            });
        LOG.info(
            "Ledger {} migrated from schema {} to {}",
            absolute,
            version,
            migrations.latestVersion());
      }
      return database;
    } catch (LedgerOpenException | RuntimeException e) {
      closeQuietly(connection);
      throw e;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw openFailure(absolute, e);
    }
  }

  /**
   * Opens an existing ledger read-only, for a second process (the sync agent) while the kiosk
   * writes. It never creates, migrates or changes the file.
   */
  public static LedgerDatabase openReadOnly(Path file, int expectedVersion)
      throws LedgerOpenException {
    Path absolute = file.toAbsolutePath();
    if (!Files.isRegularFile(absolute)) {
      throw new LedgerOpenException(
          Problem.UNAVAILABLE,
          absolute,
          "No ledger at " + absolute + ": has the kiosk app been started once?",
          null);
    }
    Connection connection = connect(absolute, true);
    try {
      checkIntegrity(absolute, connection, "quick_check");
      int version = checkVersion(absolute, connection, expectedVersion);
      if (version < expectedVersion) {
        throw new LedgerOpenException(
            Problem.UNAVAILABLE,
            absolute,
            "Ledger "
                + absolute
                + " has schema "
                + version
                + "; this reader needs "
                + expectedVersion
                + ". Start the kiosk app once so it upgrades the file.",
            null);
      }
      return new LedgerDatabase(absolute, connection);
    } catch (LedgerOpenException | RuntimeException e) {
      closeQuietly(connection);
      throw e;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw openFailure(absolute, e);
    }
  }

  public Path file() {
    return file;
  }

  /**
   * Runs {@code work} in one write transaction: all of it commits, or none of it. A call made
   * inside another transaction joins it.
   */
  public <T> T write(SqlWork<T> work) {
    return inTransaction("BEGIN IMMEDIATE", work);
  }

  /** Runs {@code work} on one consistent snapshot of the file. */
  public <T> T read(SqlWork<T> work) {
    return inTransaction("BEGIN DEFERRED", work);
  }

  /**
   * A statement for {@code sql}, prepared on the first call and kept for the life of the
   * connection: for work that runs on every visit. Only inside {@link #write} or {@link #read}; the
   * caller sets every parameter and closes its result sets, never the statement.
   */
  public PreparedStatement prepared(String sql) throws SQLException {
    if (!lock.isHeldByCurrentThread() || transactionDepth == 0) {
      throw new IllegalStateException("a kept statement is only for use inside a transaction");
    }
    return cached(sql);
  }

  private PreparedStatement cached(String sql) throws SQLException {
    PreparedStatement statement = prepared.get(sql);
    if (statement == null || statement.isClosed()) {
      statement = connection.prepareStatement(sql);
      prepared.put(sql, statement);
    }
    return statement;
  }

  private <T> T inTransaction(String begin, SqlWork<T> work) {
    lock.lock();
    try {
      if (transactionDepth > 0) {
        transactionDepth++;
        try {
          return work.run(connection);
        } finally {
          transactionDepth--;
        }
      }
      cached(begin).execute();
      transactionDepth = 1;
      boolean committed = false;
      try {
        T result = work.run(connection);
        cached("COMMIT").execute();
        committed = true;
        return result;
      } finally {
        transactionDepth = 0;
        if (!committed) {
          rollback();
        }
      }
    } catch (SQLException e) {
      // The driver may have finalised a statement that failed (a full disk): prepare afresh.
      forgetPrepared();
      throw new LedgerStorageException("Ledger " + file + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  private void forgetPrepared() {
    for (PreparedStatement statement : prepared.values()) {
      try {
        statement.close();
      } catch (SQLException e) {
        LOG.debug("closing a kept statement: {}", e.getMessage());
      }
    }
    prepared.clear();
  }

  /**
   * Copies the write-ahead log into the ledger file and cuts the log to zero bytes, unless a reader
   * (the sync agent) still needs it: then nothing waits, and the next round tries again.
   *
   * @return true when the log was emptied
   */
  public boolean checkpoint() {
    lock.lock();
    try {
      if (transactionDepth > 0) {
        throw new IllegalStateException("no checkpoint inside a transaction");
      }
      // Never wait for the reader here: a visitor's ticket may be waiting for this lock.
      execute(connection, "PRAGMA busy_timeout = 0");
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
        return row.next() && row.getInt(1) == 0;
      } finally {
        execute(connection, "PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
      }
    } catch (SQLException e) {
      throw new LedgerStorageException("Ledger " + file + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  private void rollback() {
    try {
      execute(connection, "ROLLBACK");
    } catch (SQLException e) {
      LOG.warn("Rollback on ledger {} failed: {}", file, e.getMessage());
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      forgetPrepared();
      connection.close();
    } catch (SQLException e) {
      LOG.warn("Closing ledger {} failed: {}", file, e.getMessage());
    } finally {
      lock.unlock();
    }
  }

  private static Connection connect(Path file, boolean readOnly) throws LedgerOpenException {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    config.setReadOnly(readOnly);
    try {
      return config.createConnection("jdbc:sqlite:" + file);
    } catch (SQLException e) {
      throw openFailure(file, e);
    }
  }

  private static void checkIntegrity(Path file, Connection connection, String check)
      throws SQLException, LedgerOpenException {
    List<String> findings = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA " + check)) {
      while (rows.next()) {
        findings.add(rows.getString(1));
      }
    }
    if (!findings.equals(List.of("ok"))) {
      throw corrupt(file, String.join("; ", findings.subList(0, Math.min(5, findings.size()))));
    }
  }

  private static int checkVersion(Path file, Connection connection, int latestKnown)
      throws SQLException, LedgerOpenException {
    int version = pragmaInt(connection, "user_version");
    int applicationId = pragmaInt(connection, "application_id");
    if (version == 0 && applicationId == 0 && hasTables(connection)) {
      throw new LedgerOpenException(
          Problem.NOT_A_LEDGER,
          file,
          "File "
              + file
              + " is an SQLite database of some other program, not a Zuil ledger. Zuil did not"
              + " change it; point the kiosk at another file.",
          null);
    }
    if (applicationId != 0 && applicationId != APPLICATION_ID) {
      throw new LedgerOpenException(
          Problem.NOT_A_LEDGER,
          file,
          "File " + file + " belongs to another program (application id " + applicationId + ").",
          null);
    }
    if (version > latestKnown) {
      throw new LedgerOpenException(
          Problem.TOO_NEW,
          file,
          "Ledger "
              + file
              + " was written by a newer Zuil (schema "
              + version
              + "; this version knows up to "
              + latestKnown
              + "). Zuil did not change it. Install the newer Zuil version again.",
          null);
    }
    return version;
  }

  private static boolean hasTables(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
      return rows.next() && rows.getInt(1) > 0;
    }
  }

  private static int pragmaInt(Connection connection, String pragma) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static LedgerOpenException openFailure(Path file, SQLException e) {
    if (e instanceof SQLiteException sqlite) {
      SQLiteErrorCode code = sqlite.getResultCode();
      if (code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT) {
        return corrupt(file, e.getMessage());
      }
    }
    return new LedgerOpenException(
        Problem.UNAVAILABLE, file, "Cannot open ledger " + file + ": " + e.getMessage(), e);
  }

  private static LedgerOpenException corrupt(Path file, String finding) {
    return new LedgerOpenException(
        Problem.CORRUPT,
        file,
        "Ledger "
            + file
            + " is damaged ("
            + finding
            + "). Zuil did not change it and will not write to it. Keep the file for"
            + " recovery, then restore the latest backup (zuil-provision restore) or move the"
            + " file aside so a new ledger is started.",
        null);
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.debug("closing after a failed open: {}", e.getMessage());
    }
  }
}
