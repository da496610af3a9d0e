package nl.zuil.bench.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.zuil.backend.store.Database;

/** {@link DashboardBench} on SQLite (a demo or a small region's backend). */
public final class DashboardSqliteBench {

  private DashboardSqliteBench() {}

  public static void main(String[] args) throws IOException, SQLException {
    Path dir = Files.createTempDirectory("zuil-dashboard-bench");
    try (Database database =
        Database.open("jdbc:sqlite:" + dir.resolve("backend.db"), null, null)) {
      DashboardBench.run("sqlite", database, (db, copy) -> copy.run());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
