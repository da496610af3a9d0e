package nl.zuil.kioskfiles.update;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import nl.zuil.json.StrictJson;
import nl.zuil.json.StrictJsonException;
import nl.zuil.kioskfiles.AtomicFile;

/**
 * Where the package tells the running kiosk that a new version is installed, instead of restarting
 * it under a visitor's finger: beside the ledger ({@code /var/lib/zuil/package-update.json}). The
 * package's postinst writes it through {@link #main}, the kiosk reads it.
 */
public final class PackageUpdateFile {

  /** The file's name beside the ledger. */
  public static final String NAME = "package-update.json";

  /** Root writes it; the kiosk and the agent (the ledger's group) read it. */
  private static final String WORLD_READ = "rw-r--r--";

  private final Path file;

  public PackageUpdateFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  /** The file beside the kiosk's ledger. */
  public static PackageUpdateFile besideLedger(Path ledger) {
    return new PackageUpdateFile(ledger.toAbsolutePath().resolveSibling(NAME));
  }

  public Path file() {
    return file;
  }

  public void write(PackageUpdate update) throws IOException {
    AtomicFile.write(file, StrictJson.compact(update), Optional.of(WORLD_READ));
  }

  /**
   * The install last written, or empty when no package ever wrote one (a kiosk from source, the
   * demo).
   *
   * @throws IOException when the file exists but is not an install; the message names the file
   */
  public Optional<PackageUpdate> read() throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(StrictJson.read(text, PackageUpdate.class));
    } catch (StrictJsonException e) {
      throw new IOException("Package update file " + file + " is unreadable: " + e.getMessage());
    }
  }
}
