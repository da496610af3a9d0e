package nl.zuil.kioskfiles.update;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import nl.zuil.kioskfiles.RecordFile;

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

  private final RecordFile<KioskStart> file;

  public KioskStartFile(Path file) {
    this.file = new RecordFile<>(file, KioskStart.class, "Kiosk start file", GROUP_READ);
  }

  /** The file beside the kiosk's ledger. */
  public static KioskStartFile besideLedger(Path ledger) {
    return new KioskStartFile(ledger.toAbsolutePath().resolveSibling(NAME));
  }

  public Path file() {
    return file.file();
  }

  public void write(KioskStart start) throws IOException {
    file.write(start);
  }

  /**
   * The start last written, or empty when the kiosk never wrote one (a kiosk of an older release).
   *
   * @throws IOException when the file exists but is not a kiosk start; the message names the file
   */
  public Optional<KioskStart> read() throws IOException {
    return file.read();
  }
}
