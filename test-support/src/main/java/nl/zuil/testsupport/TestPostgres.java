package nl.zuil.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL schema for one test, on the server that {@code ./zuil test} starts.
 * Without that server the test fails and says how to get one: a PostgreSQL test that skips itself
 * would let the production database go untested.
 */
public final class TestPostgres implements AutoCloseable {

  private final String baseUrl;
  private final String user;
  private final String password;
  private final String schema;

  private TestPostgres(String baseUrl, String user, String password, String schema) {
    this.baseUrl = baseUrl;
    this.user = user;
    this.password = password;
    this.schema = schema;
  }

  /** Creates a new schema; {@link #close()} drops it with everything in it. */
  public static TestPostgres freshSchema() {
    String url = required("ZUIL_TEST_PG_URL");
    String user = required("ZUIL_TEST_PG_USER");
    String password = required("ZUIL_TEST_PG_PASSWORD");
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    TestPostgres postgres = new TestPostgres(url, user, password, schema);
    postgres.execute("CREATE SCHEMA " + schema);
    return postgres;
  }

  /** A JDBC URL whose connections use this test's schema. */
  public String url() {
    return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  @Override
  public void close() {
    execute("DROP SCHEMA " + schema + " CASCADE");
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new AssertionError(
          "PostgreSQL at "
              + baseUrl
              + " refused '"
              + sql
              + "': "
              + e.getMessage()
              + ". Run ./zuil test, which starts PostgreSQL and sets ZUIL_TEST_PG_*.",
          e);
    }
  }

  private static String required(String variable) {
    String value = System.getenv(variable);
    if (value == null || value.isBlank()) {
      throw new AssertionError(
          variable
              + " is not set, so this PostgreSQL test cannot run. Run ./zuil test: it installs and"
              + " starts PostgreSQL and exports ZUIL_TEST_PG_URL, ZUIL_TEST_PG_USER and"
              + " ZUIL_TEST_PG_PASSWORD.");
    }
    return value;
  }
}
