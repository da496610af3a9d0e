package nl.zuil.kiosk.app;

import java.nio.file.Path;
import nl.zuil.hardware.driver.TicketPrinters;
import nl.zuil.hardware.profile.KioskProfiles;
import nl.zuil.hardware.profile.ProfileException;

/**
 * Opens the ticket printer of the configured hardware profile. The profile was checked with the
 * config; here only the driver starts, on its own thread, so a printer that is off or unplugged at
 * start-up shows as offline instead of stopping the kiosk.
 */
public final class Printers {

  private Printers() {}

  public static PrinterConnector connector() {
    return printer -> {
      try {
        return TicketPrinters.open(
            KioskProfiles.of(printer), printer.device().map(Path::of).orElse(null));
      } catch (ProfileException | IllegalStateException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    };
  }
}
