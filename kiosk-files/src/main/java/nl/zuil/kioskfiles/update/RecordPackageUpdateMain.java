package nl.zuil.kioskfiles.update;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code RecordPackageUpdateMain FILE VERSION}: records that VERSION of {@code zuil-kiosk} is
 * installed now. Run by the package's postinst, so the file's shape is defined in Java only.
 */
public final class RecordPackageUpdateMain {

  private RecordPackageUpdateMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2 || args[1].isBlank()) {
      System.err.println("usage: RecordPackageUpdateMain <file> <installed version>");
      System.exit(2);
      return;
    }
    new PackageUpdateFile(Path.of(args[0])).write(new PackageUpdate(args[1], Instant.now()));
  }
}
