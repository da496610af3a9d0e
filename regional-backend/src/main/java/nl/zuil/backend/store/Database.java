package nl.zuil.backend.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backend's database: SQLite for a demo or a small region, PostgreSQL in production, reached
 * through the same JDBC code. Opening migrates the schema (Flyway) before any request is served.
 */
public final class Database implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final String url;
  private final Dialect dialect;
  private final Properties credentials;
  private final BlockingQueue<Connection> idle;
  private final Semaphore permits;
  private final ReplicaFallback fallback;

  /** The connection of the transaction this thread runs here, if any; work inside it joins it. */
  private final ThreadLocal<Connection> running = new ThreadLocal<>();

  private volatile boolean closed;

  private Database(String url, Dialect dialect, Properties credentials, ReplicaFallback fallback) {
    this.url = url;
    this.dialect = dialect;
    this.credentials = credentials;
    this.fallback = fallback;
    this.idle = new ArrayBlockingQueue<>(dialect.connections());
    this.permits = new Semaphore(dialect.connections(), true);
  }

  /**
   * Opens the database at {@code url} and brings its schema up to date.
   *
   * @param user and {@code password} are ignored for SQLite
   */
  public static Database open(String url, String user, String password) {
    Dialect dialect = Dialect.of(url);
    Properties credentials = new Properties();
    if (dialect == Dialect.SQLITE) {
      createFolder(url);
    } else {
      if (user != null) {
        credentials.setProperty("user", user);
      }
      if (password != null) {
        credentials.setProperty("password", password);
      }
    }
    Database database = new Database(url, dialect, credentials, null);
    database.migrate(user, password);
    return database;
  }

  /**
   * A PostgreSQL streaming replica of {@code primary} for read-only work (the dashboard, its
   * exports and the report). Its connections are read-only and it is never migrated: the primary's
   * schema arrives through replication. While the replica cannot be reached, the work runs on the
   * primary instead (decision 0809), so a staff page never waits on it or fails for it.
   */
  public static Database openReplica(String url, String user, String password, Database primary) {
    if (Dialect.of(url) != Dialect.POSTGRESQL || primary.dialect != Dialect.POSTGRESQL) {
      throw new IllegalArgumentException(
          "a read replica is a PostgreSQL standby of a PostgreSQL primary: " + url);
    }
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("readOnly", "true");
    // A replica host that drops packets must not hold a staff page for the driver's default 10 s.
    properties.setProperty("connectTimeout", String.valueOf(ReplicaFallback.CONNECT_SECONDS));
    return new Database(url, Dialect.POSTGRESQL, properties, new ReplicaFallback(primary));
  }

  public Dialect dialect() {
    return dialect;
  }

  /**
   * Runs {@code work} in one transaction: it all commits, or none of it. The caller answers a
   * client only after this returns, so an acknowledged write is on disk.
   *
   * <p>Called from within such work, {@code work} joins the transaction already running: it commits
   * with it, and a failure rolls all of it back. So a caller can make one transaction of services
   * that each open their own (an ingest's codes, upsert and log), holding one connection and
   * committing once.
   */
  public <T> T inTransaction(SqlWork<T> work) {
    Connection joined = running.get();
    if (joined != null) {
      return joining(joined, work);
    }
    if (fallback == null) {
      return onThisDatabase(work);
    }
    if (fallback.replicaResting()) {
      return fallback.primary().inTransaction(work);
    }
    try {
      return onThisDatabase(work);
    } catch (StoreException e) {
      if (!fallback.replicaLost(e)) {
        throw e;
      }
      // Read-only work: running it again on the primary changes nothing twice.
      return fallback.primary().inTransaction(work);
    }
  }

  private <T> T onThisDatabase(SqlWork<T> work) {
    Connection connection = borrow();
    boolean healthy = false;
    try {
      connection.setAutoCommit(false);
      running.set(connection);
      try {
        T result = work.run(connection);
        connection.commit();
        healthy = true;
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(connection);
        healthy = connection.isValid(2);
        throw e;
      } finally {
        running.remove();
      }
    } catch (SQLException e) {
      throw failed(e, healthy);
    } finally {
      giveBack(connection, healthy);
    }
  }

  /** Work inside the running transaction; the outer one commits or rolls back. */
  private static <T> T joining(Connection connection, SqlWork<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw failed(e, false);
    }
  }

  private static StoreException failed(SQLException e, boolean healthy) {
    // SQL state class 08: the connection failed, not the statement.
    boolean lost = !healthy && e.getSQLState() != null && e.getSQLState().startsWith("08");
    return new StoreException("database: " + e.getMessage(), e, lost);
  }

  private Connection borrow() {
    if (closed) {
      throw new StoreException("database is closed", null);
    }
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a database connection", e);
    }
    Connection connection = idle.poll();
    if (connection != null) {
      return connection;
    }
    try {
      return connect();
    } catch (SQLException e) {
      permits.release();
      throw new StoreException("cannot connect to the database: " + e.getMessage(), e, true);
    }
  }

  private void giveBack(Connection connection, boolean healthy) {
    if (healthy && !closed && idle.offer(connection)) {
      permits.release();
      return;
    }
    closeQuietly(connection);
    permits.release();
  }

  private Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(url, credentials);
    if (dialect == Dialect.SQLITE) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA journal_mode = WAL");
        // An acknowledged batch must survive a power cut: the agent forgets it after the ack.
        statement.execute("PRAGMA synchronous = FULL");
        statement.execute("PRAGMA foreign_keys = ON");
        statement.execute("PRAGMA busy_timeout = 10000");
      }
    }
    return connection;
  }

  private void migrate(String user, String password) {
    Flyway flyway =
        Flyway.configure()
            .dataSource(url, dialect == Dialect.SQLITE ? null : user, password)
            .locations(dialect.migrations())
            .failOnMissingLocations(true)
            .load();
    int applied = flyway.migrate().migrationsExecuted;
    if (applied > 0) {
      LOG.info("Database schema migrated ({} migrations applied)", applied);
    }
  }

  private static void createFolder(String url) {
    String path = url.substring("jdbc:sqlite:".length()).replaceAll("[?].*", "");
    if (path.isEmpty() || path.equals(":memory:") || path.startsWith("file:")) {
      return;
    }
    Path parent = Path.of(path).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StoreException("cannot create the folder for database " + path, e);
    }
  }

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      LOG.warn("rollback failed: {}", e.getMessage());
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.debug("closing a connection failed: {}", e.getMessage());
    }
  }

  @Override
  public void close() {
    closed = true;
    Connection connection;
    while ((connection = idle.poll()) != null) {
      closeQuietly(connection);
    }
  }
}
