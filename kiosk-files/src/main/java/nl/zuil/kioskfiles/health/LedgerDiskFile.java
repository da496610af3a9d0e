package nl.zuil.kioskfiles.health;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import nl.zuil.kioskfiles.RecordFile;

/**
 * The kiosk's own word on the disk under its ledger, beside the ledger, for the sync agent's health
 * report. Written by the kiosk every maintenance round; on a full disk the write itself may fail,
 * so a reader also looks at the free space and at {@link LedgerDiskStatus#checkedAt()}.
 */
public final class LedgerDiskFile {

  /** The file's name beside the ledger. */
  public static final String NAME = "ledger-disk.json";

  /** The sync agent runs as another user in the kiosk's group (decision 0801). */
  private static final String GROUP_READ = "rw-r-----";

  private final RecordFile<LedgerDiskStatus> file;

  public LedgerDiskFile(Path file) {
    this.file = new RecordFile<>(file, LedgerDiskStatus.class, "Ledger disk file", GROUP_READ);
  }

  /** The file beside {@code ledger}. */
  public static LedgerDiskFile besideLedger(Path ledger) {
    return new LedgerDiskFile(ledger.toAbsolutePath().resolveSibling(NAME));
  }

  public Path file() {
    return file.file();
  }

  public void write(LedgerDiskStatus status) throws IOException {
    file.write(status);
  }

  /**
   * The status last written, or empty when the kiosk never wrote one (an older kiosk).
   *
   * @throws IOException when the file exists but cannot be read or is not a disk status; the
   *     message names the file and what is wrong
   */
  public Optional<LedgerDiskStatus> read() throws IOException {
    return file.read();
  }
}
