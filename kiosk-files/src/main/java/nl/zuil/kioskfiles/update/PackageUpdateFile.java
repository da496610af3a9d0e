package nl.zuil.kioskfiles.update;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import nl.zuil.kioskfiles.RecordFile;

/**
 * Where the package tells the running kiosk that a new version is installed, instead of restarting
 * it under a visitor's finger: beside the ledger ({@code /var/lib/zuil/package-update.json}). The
 * package's postinst writes it through {@link RecordPackageUpdateMain}, the kiosk reads it.
 */
public final class PackageUpdateFile {

  /** The file's name beside the ledger. */
  public static final String NAME = "package-update.json";

  /** Root writes it; the kiosk and the agent (the ledger's group) read it. */
  private static final String WORLD_READ = "rw-r--r--";

  private final RecordFile<PackageUpdate> file;

  public PackageUpdateFile(Path file) {
    this.file = new RecordFile<>(file, PackageUpdate.class, "Package update file", WORLD_READ);
  }

  /** The file beside the kiosk's ledger. */
  public static PackageUpdateFile besideLedger(Path ledger) {
    return new PackageUpdateFile(ledger.toAbsolutePath().resolveSibling(NAME));
  }

  public Path file() {
    return file.file();
  }

  public void write(PackageUpdate update) throws IOException {
    file.write(update);
  }

  /**
   * The install last written, or empty when no package ever wrote one (a kiosk from source, the
   * demo).
   *
   * @throws IOException when the file exists but is not an install; the message names the file
   */
  public Optional<PackageUpdate> read() throws IOException {
    return file.read();
  }
}
