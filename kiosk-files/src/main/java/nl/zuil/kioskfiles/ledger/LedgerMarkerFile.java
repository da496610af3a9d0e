package nl.zuil.kioskfiles.ledger;

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
 * The kiosk's memory that it has a ledger (decision 0012), kept beside the ledger under its own
 * name: a ledger file that is deleted or cut to zero bytes leaves the marker, and the kiosk refuses
 * to start a new ledger in its place.
 */
public final class LedgerMarkerFile {

  /** The file's name beside the ledger. */
  public static final String NAME = "ledger-marker.json";

  private final Path file;

  public LedgerMarkerFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  /** The marker of {@code ledger}. */
  public static LedgerMarkerFile of(Path ledger) {
    return new LedgerMarkerFile(ledger.toAbsolutePath().resolveSibling(NAME));
  }

  public Path file() {
    return file;
  }

  public void write(LedgerMarker marker) throws IOException {
    AtomicFile.write(file, StrictJson.pretty(marker), Optional.of("rw-r-----"));
  }

  /**
   * The marker, or empty when this kiosk never opened a ledger here.
   *
   * @throws IOException when the marker exists but cannot be read; the message names the file
   */
  public Optional<LedgerMarker> read() throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(StrictJson.read(text, LedgerMarker.class));
    } catch (StrictJsonException e) {
      throw new IOException("Ledger marker " + file + " is unreadable: " + e.getMessage());
    }
  }
}
