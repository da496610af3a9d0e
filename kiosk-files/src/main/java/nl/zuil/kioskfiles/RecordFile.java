package nl.zuil.kioskfiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import nl.zuil.json.StrictJson;
import nl.zuil.json.StrictJsonException;

/**
 * One small JSON file that one kiosk process writes whole and another reads: a record written
 * atomically with the file's mode, read strictly. The files that are nothing more (the disk state,
 * the last start, the last package install) are each this with their name, record and mode.
 *
 * @param <T> the record the file holds
 */
public final class RecordFile<T extends Record> {

  private final Path file;
  private final Class<T> type;
  private final String what;
  private final String mode;

  /**
   * @param what the file as people call it, for messages ("Kiosk start file")
   * @param mode its permissions as {@code PosixFilePermissions} writes them ({@code rw-r-----})
   */
  public RecordFile(Path file, Class<T> type, String what, String mode) {
    this.file = file.toAbsolutePath();
    this.type = type;
    this.what = what;
    this.mode = mode;
  }

  public Path file() {
    return file;
  }

  public void write(T value) throws IOException {
    AtomicFile.write(file, StrictJson.compact(value), Optional.of(mode));
  }

  /**
   * What was written last, or empty when nothing ever was (a writer of an older release, a kiosk
   * built from source).
   *
   * @throws IOException when the file exists but cannot be read or holds something else; the
   *     message names the file and what is wrong
   */
  public Optional<T> read() throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(StrictJson.read(text, type));
    } catch (StrictJsonException e) {
      throw new IOException(what + " " + file + " is unreadable: " + e.getMessage());
    }
  }
}
