package nl.zuil.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A throw-away schema on the PostgreSQL server the tests use; dropped by {@link #close}. */
public final class PgSchema implements AutoCloseable {

  private final String baseUrl;
  private final String user;
  private final String password;
  private final String schema;

  private PgSchema(String baseUrl, String user, String password, String schema) {
    this.baseUrl = baseUrl;
    this.user = user;
    this.password = password;
    this.schema = schema;
  }

  public static PgSchema create(String url, String user, String password) throws SQLException {
    PgSchema pg =
        new PgSchema(url, user, password, "bench_" + UUID.randomUUID().toString().replace("-", ""));
    pg.execute("CREATE SCHEMA " + pg.schema);
    return pg;
  }

  public String url() {
    return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(baseUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    execute("DROP SCHEMA " + schema + " CASCADE");
  }
}
