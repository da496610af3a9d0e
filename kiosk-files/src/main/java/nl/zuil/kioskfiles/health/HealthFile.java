package nl.zuil.kioskfiles.health;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.zuil.json.StrictJson;
import nl.zuil.json.StrictJsonException;
import nl.zuil.kioskfiles.AtomicFile;

/**
 * The sync agent's health file: written by the agent after every attempt, read by the kiosk's
 * console ("last successful sync") and by the provisioning tool's doctor. Its age alone tells
 * whether the agent is alive.
 */
public final class HealthFile {

  private final Path file;

  public HealthFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  public Path file() {
    return file;
  }

  /**
   * Replaces the file in one step, readable by the folder's group: the kiosk's console shows the
   * last sync from it (decision 0806). It holds times and counts, nothing secret.
   */
  public void write(HealthSnapshot health) throws IOException {
    AtomicFile.write(file, StrictJson.pretty(health), Optional.of("rw-r-----"));
  }

  /**
   * What the agent last wrote.
   *
   * @throws java.nio.file.NoSuchFileException when the agent has written nothing yet
   * @throws IOException when the file cannot be read or is not a health report; the message names
   *     the file and what is wrong
   */
  public HealthSnapshot read() throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try {
      return StrictJson.read(text, HealthSnapshot.class);
    } catch (StrictJsonException e) {
      throw new IOException("agent health file " + file + " is unreadable: " + e.getMessage());
    }
  }
}
