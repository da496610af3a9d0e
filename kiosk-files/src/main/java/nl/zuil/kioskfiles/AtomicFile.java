package nl.zuil.kioskfiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Replaces a file in one step: the text goes to a temporary file in the same folder that is then
 * moved over the old one, so a process reading the file never sees half of it.
 */
public final class AtomicFile {

  private AtomicFile() {}

  /**
   * @param permissions such as {@code rw-r-----}; empty keeps the temporary file's own (0600)
   */
  public static void write(Path file, String text, Optional<String> permissions)
      throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temporary = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      if (permissions.isPresent()
          && Files.getFileStore(temporary)
              .supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(
            temporary, PosixFilePermissions.fromString(permissions.get()));
      }
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
