package nl.zuil.kiosk.app;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;
import nl.zuil.kioskfiles.update.KioskStart;
import nl.zuil.kioskfiles.update.KioskStartFile;
import nl.zuil.kioskfiles.update.PackageUpdate;
import nl.zuil.kioskfiles.update.PackageUpdateFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the kiosk's start file ({@link KioskStartFile}) current: starting, shown or failed, and the
 * catalogue the screens show. A file that cannot be written is logged, never a reason to refuse a
 * visitor: the region merely sees an older state.
 */
final class StartRecord {

  private static final Logger LOG = LoggerFactory.getLogger(StartRecord.class);

  private final KioskStartFile file;
  private final Clock clock;
  private KioskStart current;

  private StartRecord(KioskStartFile file, Clock clock, KioskStart current) {
    this.file = file;
    this.clock = clock;
    this.current = current;
  }

  /** Records that the kiosk starts, with the package version it runs. */
  static StartRecord begin(KioskConfig config, Clock clock) {
    StartRecord record =
        new StartRecord(
            KioskStartFile.besideLedger(config.ledgerPath()),
            clock,
            KioskStart.starting(version(config), clock.instant()));
    record.save();
    return record;
  }

  /** The package last installed is the one this kiosk was started from. */
  private static String version(KioskConfig config) {
    try {
      return PackageUpdateFile.besideLedger(config.ledgerPath())
          .read()
          .map(PackageUpdate::version)
          .orElse(KioskRuntime.FROM_SOURCE);
    } catch (IOException e) {
      LOG.warn("{}; the kiosk reports its version as unknown", e.getMessage());
      return "unknown";
    }
  }

  Instant startedAt() {
    return current.startedAt();
  }

  synchronized void shown(int catalogueVersion) {
    current = current.shown(catalogueVersion, clock.instant());
    save();
  }

  synchronized void failed(String why) {
    current = current.failed(why, clock.instant());
    save();
  }

  synchronized void catalogueTakenUp(int catalogueVersion) {
    current = current.catalogueTakenUp(catalogueVersion, clock.instant());
    save();
  }

  private void save() {
    try {
      file.write(current);
    } catch (IOException e) {
      LOG.warn("cannot write the kiosk's start to {}: {}", file.file(), e.getMessage());
    }
  }
}
