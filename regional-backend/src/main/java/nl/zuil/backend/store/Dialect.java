package nl.zuil.backend.store;

/**
 * The two databases the backend runs on. Only connection set-up and the DDL differ; every query is
 * the same SQL on both (see decision 0203).
 */
public enum Dialect {
  SQLITE("sqlite", 1),
  POSTGRESQL("postgresql", 8);

  private final String migrationFolder;
  private final int connections;

  Dialect(String migrationFolder, int connections) {
    this.migrationFolder = migrationFolder;
    this.connections = connections;
  }

  public static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "database URL must start with jdbc:sqlite: or jdbc:postgresql:, got "
            + jdbcUrl.replaceAll("[?].*", "?..."));
  }

  String migrations() {
    return "classpath:nl/zuil/backend/store/migrations/" + migrationFolder;
  }

  /**
   * SQLite has one writer at a time; more connections would only wait on each other's locks.
   * PostgreSQL gets a few, enough for two cores.
   */
  int connections() {
    return connections;
  }
}
