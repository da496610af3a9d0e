package nl.zuil.bench.stats;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.zuil.backend.store.Database;

/**
 * {@link DashboardBench} on the PostgreSQL server {@code ./zuil test} starts (ZUIL_TEST_PG_URL,
 * _USER, _PASSWORD); says "not measured" without it.
 */
public final class DashboardPostgresBench {

  private DashboardPostgresBench() {}

  public static void main(String[] args) throws SQLException {
    String url = System.getenv("ZUIL_TEST_PG_URL");
    if (url == null) {
      System.out.println(
          "dashboard_postgresql: not measured (ZUIL_TEST_PG_URL unset; ./zuil test starts"
              + " PostgreSQL and sets it)");
      return;
    }
    String user = System.getenv("ZUIL_TEST_PG_USER");
    String password = System.getenv("ZUIL_TEST_PG_PASSWORD");
    try (DashboardBench.PostgresSchema schema =
            new DashboardBench.PostgresSchema(url, user, password);
        Database database = Database.open(schema.url(), user, password)) {
      // Only reads are measured; without the write-ahead log the 12 million rows go in in
      // minutes instead of many.
      database.inTransaction(
          c -> {
            try (Statement statement = c.createStatement()) {
              statement.execute("ALTER TABLE bucket SET UNLOGGED");
            }
            return null;
          });
      DashboardBench.run("postgresql", database, DashboardPostgresBench::withoutIndexes);
    }
  }

  /**
   * Copies with the bucket table's primary key and indexes dropped, then builds them again from
   * their own definitions (whatever the current migration made them): one sort instead of ten
   * million index insertions.
   */
  private static void withoutIndexes(Database database, Runnable copy) {
    List<String> restore =
        database.inTransaction(
            c -> {
              List<String> statements = new ArrayList<>();
              String primaryKey = null;
              try (Statement statement = c.createStatement();
                  ResultSet rows =
                      statement.executeQuery(
                          "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                              + " WHERE conrelid = 'bucket'::regclass AND contype = 'p'")) {
                while (rows.next()) {
                  primaryKey = rows.getString(1);
                  statements.add(
                      "ALTER TABLE bucket ADD CONSTRAINT " + primaryKey + " " + rows.getString(2));
                }
              }
              try (PreparedStatement query =
                  c.prepareStatement(
                      "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname ="
                          + " current_schema() AND tablename = 'bucket' AND indexname <> ?")) {
                query.setString(1, String.valueOf(primaryKey));
                try (ResultSet rows = query.executeQuery()) {
                  while (rows.next()) {
                    statements.add(rows.getString(2));
                    try (Statement drop = c.createStatement()) {
                      drop.execute("DROP INDEX " + rows.getString(1));
                    }
                  }
                }
              }
              if (primaryKey != null) {
                try (Statement drop = c.createStatement()) {
                  drop.execute("ALTER TABLE bucket DROP CONSTRAINT " + primaryKey);
                }
              }
              return statements;
            });
    copy.run();
    database.inTransaction(
        c -> {
          for (String sql : restore) {
            try (Statement statement = c.createStatement()) {
              statement.execute(sql);
            }
          }
          return null;
        });
  }
}
