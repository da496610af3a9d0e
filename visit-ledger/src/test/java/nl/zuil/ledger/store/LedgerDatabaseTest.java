package nl.zuil.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nl.zuil.ledger.LedgerFixture;
import nl.zuil.ledger.LedgerOpenException;
import nl.zuil.ledger.LedgerOpenException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerDatabaseTest {

  @TempDir Path dir;

  @Test
  void opensANewLedgerDurablyInWalWithForeignKeysAndABusyTimeout() throws Exception {
    try (LedgerDatabase database =
        LedgerDatabase.openForWriting(dir.resolve("l.db"), Migrations.bundled())) {
      assertThat(pragma(database, "journal_mode")).isEqualTo("wal");
      assertThat(pragma(database, "synchronous")).isEqualTo("2");
      assertThat(pragma(database, "foreign_keys")).isEqualTo("1");
      assertThat(Integer.parseInt(pragma(database, "busy_timeout"))).isGreaterThanOrEqualTo(1000);
      assertThat(pragma(database, "user_version"))
          .isEqualTo(String.valueOf(Migrations.bundled().latestVersion()));
    }
  }

  @Test
  void refusesAFileThatIsNotADatabaseAndLeavesItUntouched() throws Exception {
    Path file = dir.resolve("ledger.db");
    byte[] garbage =
        "visits were here, then a disk went bad ".repeat(200).getBytes(StandardCharsets.UTF_8);
    Files.write(file, garbage);

    assertThatThrownBy(() -> LedgerDatabase.openForWriting(file, Migrations.bundled()))
        .isInstanceOfSatisfying(
            LedgerOpenException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(Problem.CORRUPT);
              assertThat(e.file()).isEqualTo(file.toAbsolutePath());
            })
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining("did not change it");
    assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    assertThat(dir.resolve("ledger.db-wal")).doesNotExist();
  }

  @Test
  void refusesALedgerWithDamagedPagesAndLeavesItUntouched() throws Exception {
    Path file;
    try (LedgerFixture fixture = new LedgerFixture(dir, "2026-11-23T09:00")) {
      for (int i = 0; i < 300; i++) {
        fixture.issue("find_work");
      }
      file = fixture.file;
    }
    checkpoint(file);
    try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
      raw.seek(raw.length() / 2);
      raw.write(new byte[4096]);
      raw.seek(raw.length() / 2 + 8192);
      raw.write("scribble".repeat(256).getBytes(StandardCharsets.US_ASCII));
    }
    byte[] damaged = Files.readAllBytes(file);

    assertThatThrownBy(() -> LedgerDatabase.openForWriting(file, Migrations.bundled()))
        .isInstanceOfSatisfying(
            LedgerOpenException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CORRUPT))
        .hasMessageContaining("is damaged");
    assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
  }

  @Test
  void refusesALedgerWrittenByANewerZuilAndLeavesItUntouched() throws Exception {
    Path file = dir.resolve("ledger.db");
    LedgerDatabase.openForWriting(file, Migrations.bundled()).close();
    execute(file, "PRAGMA user_version = 99");
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> LedgerDatabase.openForWriting(file, Migrations.bundled()))
        .isInstanceOfSatisfying(
            LedgerOpenException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_NEW))
        .hasMessageContaining("schema 99")
        .hasMessageContaining("knows up to " + Migrations.bundled().latestVersion());
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void refusesAnotherProgramsDatabaseInsteadOfMigratingIntoIt() throws Exception {
    Path file = dir.resolve("contacts.db");
    execute(file, "CREATE TABLE contact (name TEXT, phone TEXT)");

    assertThatThrownBy(() -> LedgerDatabase.openForWriting(file, Migrations.bundled()))
        .isInstanceOfSatisfying(
            LedgerOpenException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_LEDGER));
    assertThat(tables(file)).containsExactly("contact");
  }

  @Test
  void appliesAllPendingMigrationsInOneTransaction() throws Exception {
    Path file = dir.resolve("ledger.db");
    Migrations brokenSecond =
        new Migrations("/migrations-test/", List.of("001-first.sql", "002-broken.sql"));

    assertThatThrownBy(() -> LedgerDatabase.openForWriting(file, brokenSecond))
        .hasMessageContaining("no_such_table");
    assertThat(userVersion(file)).isZero();
    assertThat(tables(file)).doesNotContain("first_table");
  }

  @Test
  void upgradesAnOlderLedgerAndKeepsItsRows() throws Exception {
    Path file = dir.resolve("ledger.db");
    Migrations one = new Migrations("/migrations-test/", List.of("001-first.sql"));
    Migrations two =
        new Migrations("/migrations-test/", List.of("001-first.sql", "002-second.sql"));
    LedgerDatabase.openForWriting(file, one).close();
    execute(file, "INSERT INTO first_table (code) VALUES ('kept')");

    try (LedgerDatabase database = LedgerDatabase.openForWriting(file, two)) {
      assertThat(pragma(database, "user_version")).isEqualTo("2");
    }
    assertThat(tables(file)).contains("first_table", "second_table");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet rows = c.createStatement().executeQuery("SELECT code FROM first_table")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("kept");
    }
  }

  @Test
  void readerRefusesAMissingFileWithoutCreatingIt() {
    Path file = dir.resolve("missing.db");

    assertThatThrownBy(() -> LedgerDatabase.openReadOnly(file, 1))
        .isInstanceOfSatisfying(
            LedgerOpenException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNAVAILABLE));
    assertThat(file).doesNotExist();
  }

  @Test
  void readerCannotWrite() throws Exception {
    Path file = dir.resolve("ledger.db");
    LedgerDatabase.openForWriting(file, Migrations.bundled()).close();

    try (LedgerDatabase reader =
        LedgerDatabase.openReadOnly(file, Migrations.bundled().latestVersion())) {
      assertThatThrownBy(
              () -> reader.read(c -> c.createStatement().executeUpdate("DELETE FROM ledger_meta")))
          .hasMessageContaining("readonly");
    }
  }

  private static String pragma(LedgerDatabase database, String name) {
    return database.read(
        c -> {
          try (Statement statement = c.createStatement();
              ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            row.next();
            return row.getString(1);
          }
        });
  }

  private static void checkpoint(Path file) throws SQLException {
    execute(file, "PRAGMA wal_checkpoint(TRUNCATE)");
  }

  private static void execute(Path file, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = c.createStatement()) {
      statement.execute(sql);
    }
  }

  private static int userVersion(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet row = c.createStatement().executeQuery("PRAGMA user_version")) {
      return row.getInt(1);
    }
  }

  private static List<String> tables(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet rows =
            c.createStatement()
                .executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
      List<String> names = new java.util.ArrayList<>();
      while (rows.next()) {
        names.add(rows.getString(1));
      }
      return names;
    }
  }
}
