package nl.zuil.bench.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A scratch folder that is gone after the run. */
public final class BenchFiles {

  private BenchFiles() {}

  public static Path scratch(String name) throws IOException {
    Path dir = Files.createTempDirectory(name);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
    return dir;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // A leftover temporary folder is harmless.
    }
  }
}
