package nl.zuil.backend;

import java.nio.file.Path;
import nl.zuil.backend.store.Database;
import nl.zuil.testsupport.TestPostgres;

/** A fresh backend database of either kind, for the tests both kinds must pass. */
public final class TestDatabase implements AutoCloseable {

  public enum Kind {
    SQLITE,
    POSTGRESQL
  }

  private final Database database;
  private final TestPostgres postgres;
  private final Path dir;

  private TestDatabase(Database database, TestPostgres postgres, Path dir) {
    this.database = database;
    this.postgres = postgres;
    this.dir = dir;
  }

  public static TestDatabase open(Kind kind, Path dir) {
    if (kind == Kind.SQLITE) {
      return new TestDatabase(
          Database.open("jdbc:sqlite:" + dir.resolve("backend.db"), null, null), null, dir);
    }
    TestPostgres postgres = TestPostgres.freshSchema();
    return new TestDatabase(
        Database.open(postgres.url(), postgres.user(), postgres.password()), postgres, dir);
  }

  /** A second connection pool on the same database, as a second backend process has. */
  public Database openAgain() {
    return postgres == null
        ? Database.open("jdbc:sqlite:" + dir.resolve("backend.db"), null, null)
        : Database.open(postgres.url(), postgres.user(), postgres.password());
  }

  /** The JDBC URL of this test's PostgreSQL schema. */
  public String postgresUrl() {
    if (postgres == null) {
      throw new IllegalStateException("not a PostgreSQL test database");
    }
    return postgres.url();
  }

  public Database database() {
    return database;
  }

  @Override
  public void close() {
    database.close();
    if (postgres != null) {
      postgres.close();
    }
  }
}
