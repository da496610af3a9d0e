package nl.zuil.sync.catalogue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;

/**
 * The kiosk's catalogue file. The kiosk may read it at any moment (it reloads at idle), so it is
 * only ever replaced whole: a temporary file in the same folder, flushed to disk, given the old
 * file's mode, then renamed over it. A reader sees the old version or the new one, never half.
 */
public final class CatalogueFile {

  private static final Set<PosixFilePermission> NEW_FILE_MODE =
      PosixFilePermissions.fromString("rw-r--r--");

  private final Path file;

  public CatalogueFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  public Path path() {
    return file;
  }

  /**
   * The installed catalogue; empty when there is no file yet.
   *
   * @throws CatalogueException when the file exists but is not a valid catalogue
   */
  public Optional<Catalogue> installed() throws CatalogueException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    return Optional.of(CatalogueLoader.load(file));
  }

  /** The mode the file has, or a new file gets: the kiosk's group may read, no one else. */
  public Set<PosixFilePermission> mode() throws IOException {
    return Files.exists(file) ? Files.getPosixFilePermissions(file) : NEW_FILE_MODE;
  }

  /** Replaces the file with {@code json} in one rename, keeping the old file's mode. */
  public void replace(String json) throws IOException {
    Path folder = file.getParent();
    Set<PosixFilePermission> mode = mode();
    Path temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
    try {
      try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
        out.force(true);
      }
      Files.setPosixFilePermissions(temporary, mode);
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    // The rename is durable only once the folder's entry is on disk.
    try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
      directory.force(true);
    }
  }
}
