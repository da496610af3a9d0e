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

  private TestDatabase(Database database, TestPostgres postgres) {
    this.database = database;
    this.postgres = postgres;
  }

  public static TestDatabase open(Kind kind, Path dir) {
    if (kind == Kind.SQLITE) {
      return new TestDatabase(
          Database.open("jdbc:sqlite:" + dir.resolve("backend.db"), null, null), null);
    }
    TestPostgres postgres = TestPostgres.freshSchema();
    return new TestDatabase(
        Database.open(postgres.url(), postgres.user(), postgres.password()), postgres);
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
