package nl.zuil.kiosk.disk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import nl.zuil.kioskfiles.health.LedgerDiskFile;
import nl.zuil.kioskfiles.health.LedgerDiskStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the kiosk knows about the disk under its ledger: visits it could not write, visits it holds,
 * the space left. The console shows it; {@link #publish()} puts it in {@link LedgerDiskFile} for
 * the sync agent's health report.
 */
public final class DiskWatch {

  private static final Logger LOG = LoggerFactory.getLogger(DiskWatch.class);

  private final Path ledgerFolder;
  private final LedgerDiskFile file;
  private final IntSupplier held;
  private final Clock clock;
  private final AtomicLong failures = new AtomicLong();
  private final AtomicReference<Instant> lastFailure = new AtomicReference<>();
  private volatile boolean publishFailed;

  /**
   * @param held how many self-service visits wait for the disk
   */
  public DiskWatch(Path ledger, IntSupplier held, Clock clock) {
    this.ledgerFolder = ledger.toAbsolutePath().getParent();
    this.file = LedgerDiskFile.besideLedger(ledger);
    this.held = held;
    this.clock = clock;
  }

  /** The ledger could not write a visit. */
  public void writeFailed() {
    failures.incrementAndGet();
    lastFailure.set(clock.instant());
  }

  public LedgerDiskStatus status() {
    return new LedgerDiskStatus(
        clock.instant(), freeBytes(), failures.get(), lastFailure.get(), held.getAsInt());
  }

  /**
   * Writes the status for the sync agent. On a full disk this write fails too; the agent then sees
   * the free space itself and an old {@code checkedAt}.
   */
  public void publish() {
    try {
      file.write(status());
      if (publishFailed) {
        publishFailed = false;
        LOG.info("the ledger's disk status is written again to {}", file.file());
      }
    } catch (IOException e) {
      if (!publishFailed) {
        publishFailed = true;
        LOG.warn("cannot write the ledger's disk status to {}: {}", file.file(), e.getMessage());
      }
    }
  }

  private long freeBytes() {
    try {
      return Files.getFileStore(ledgerFolder).getUsableSpace();
    } catch (IOException e) {
      return 0;
    }
  }
}
