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
 * The kiosk's last start and catalogue ({@link KioskStart}) beside the ledger ({@code
 * /var/lib/zuil/kiosk-start.json}): the kiosk writes it, the sync agent reads it through the
 * ledger's group and reports it to the region.
 */
public final class KioskStartFile {

  /** The file's name beside the ledger. */
  public static final String NAME = "kiosk-start.json";

  /** The sync agent runs as another user in the kiosk's group (decision 0801). */
  private static final String GROUP_READ = "rw-r-----";

  private final Path file;

  public KioskStartFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  /** The file beside the kiosk's ledger. */
  public static KioskStartFile besideLedger(Path ledger) {
    return new KioskStartFile(ledger.toAbsolutePath().resolveSibling(NAME));
  }

  public Path file() {
    return file;
  }

  public void write(KioskStart start) throws IOException {
    AtomicFile.write(file, StrictJson.compact(start), Optional.of(GROUP_READ));
  }

  /**
   * The start last written, or empty when the kiosk never wrote one (a kiosk of an older release).
   *
   * @throws IOException when the file exists but is not a kiosk start; the message names the file
   */
  public Optional<KioskStart> read() throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(StrictJson.read(text, KioskStart.class));
    } catch (StrictJsonException e) {
      throw new IOException("Kiosk start file " + file + " is unreadable: " + e.getMessage());
    }
  }
}
