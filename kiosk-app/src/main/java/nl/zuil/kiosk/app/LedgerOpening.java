package nl.zuil.kiosk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.kioskfiles.ledger.LedgerMarker;
import nl.zuil.kioskfiles.ledger.LedgerMarkerFile;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.LedgerOpenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the kiosk's ledger, or refuses to (decision 0012): a kiosk that has had a ledger never
 * starts a new one in place of a file that is gone or empty, because that would restart the day's
 * numbers and hide the loss. A first start, with no marker yet, creates the ledger and the marker.
 */
final class LedgerOpening {

  private static final Logger LOG = LoggerFactory.getLogger(LedgerOpening.class);

  private LedgerOpening() {}

  static Ledger open(Path file, Catalogue catalogue, KioskIdentity kiosk, Clock clock)
      throws StartupException {
    LedgerMarkerFile markerFile = LedgerMarkerFile.of(file);
    Optional<LedgerMarker> marker = readMarker(markerFile, file);
    if (marker.isPresent() && isMissingOrEmpty(file)) {
      throw new StartupException(
          StartupException.LEDGER_UNAVAILABLE,
          "the visit ledger "
              + file.toAbsolutePath()
              + (Files.exists(file) ? " is empty (0 bytes)" : " is missing")
              + ", but this kiosk has kept ledger "
              + marker.get().ledgerId()
              + " there since "
              + marker.get().since()
              + " (see "
              + markerFile.file()
              + "). Zuil did not start a new ledger: that would restart today's ticket numbers"
              + " and hide the lost visits. Restore the latest backup (zuil-provision restore),"
              + " or, to start a new ledger on purpose, delete "
              + markerFile.file()
              + ".",
          null);
    }
    Ledger ledger;
    try {
      ledger = Ledger.open(file, catalogue, kiosk, clock);
    } catch (LedgerOpenException e) {
      throw new StartupException(
          StartupException.LEDGER_UNAVAILABLE,
          "the visit ledger cannot be opened (" + e.problem() + "): " + e.getMessage(),
          e);
    }
    String id = Long.toHexString(ledger.buckets().ledgerId());
    if (marker.isEmpty() || !marker.get().ledgerId().equals(id)) {
      try {
        markerFile.write(new LedgerMarker(id, clock.instant()));
      } catch (IOException e) {
        ledger.close();
        throw new StartupException(
            StartupException.LEDGER_UNAVAILABLE,
            "cannot write the ledger marker " + markerFile.file() + ": " + e.getMessage(),
            e);
      }
      if (marker.isPresent()) {
        LOG.warn(
            "ledger {} holds ledger {}, not {} as before; the marker now names the new one",
            file,
            id,
            marker.get().ledgerId());
      }
    }
    return ledger;
  }

  private static Optional<LedgerMarker> readMarker(LedgerMarkerFile markerFile, Path ledger)
      throws StartupException {
    try {
      return markerFile.read();
    } catch (IOException e) {
      if (!isMissingOrEmpty(ledger)) {
        // The ledger is there: the marker is only rewritten below.
        LOG.warn("{}; writing it again", e.getMessage());
        return Optional.empty();
      }
      throw new StartupException(
          StartupException.LEDGER_UNAVAILABLE,
          e.getMessage()
              + ", and the visit ledger "
              + ledger.toAbsolutePath()
              + " is missing or empty. Zuil did not start a new ledger. Restore the latest backup"
              + " (zuil-provision restore), or delete the marker to start a new ledger on purpose.",
          e);
    }
  }

  private static boolean isMissingOrEmpty(Path file) {
    try {
      return !Files.exists(file) || Files.size(file) == 0;
    } catch (IOException e) {
      return true;
    }
  }
}
