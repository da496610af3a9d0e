package nl.zuil.ledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The ledger's schema scripts, numbered by their place in the list: script N brings a file from
 * {@code user_version} N-1 to N. Scripts are never edited once released; a change is a new one.
 */
public final class Migrations {

  private static final String BUNDLED_DIRECTORY = "/nl/zuil/ledger/store/migrations/";
  private static final List<String> BUNDLED =
      List.of(
          "001-visits-and-buckets.sql",
          "002-presence-events.sql",
          "003-referral-slips.sql",
          "004-visit-rating.sql",
          "005-contacts.sql",
          "006-corrections-and-next-step.sql",
          "007-further-questions.sql",
          "008-handed-on.sql",
          "009-unpurged-bins.sql");

  private final String directory;
  private final List<String> scripts;

  public Migrations(String directory, List<String> scripts) {
    this.directory = directory;
    this.scripts = List.copyOf(scripts);
  }

  public static Migrations bundled() {
    return new Migrations(BUNDLED_DIRECTORY, BUNDLED);
  }

  public int latestVersion() {
    return scripts.size();
  }

  List<String> scripts() {
    return scripts;
  }

  /** Runs the scripts after {@code currentVersion}; the caller holds the transaction. */
  void applyAfter(int currentVersion, Connection connection) throws SQLException {
    for (int version = currentVersion + 1; version <= latestVersion(); version++) {
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(script(version));
      }
    }
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("PRAGMA user_version = " + latestVersion());
    }
  }

  private String script(int version) {
    String name = directory + scripts.get(version - 1);
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("migration script " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
