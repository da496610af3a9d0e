package nl.zuil.kiosk.app;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the printer driver for the configured hardware profile. The drivers and profiles live in
 * the hardware-profiles module; until they are wired in here every profile gets {@link
 * NoPrinterDriver}, which shows the ticket on screen only and reports "no connection" to staff.
 */
public final class Printers {

  private static final Logger LOG = LoggerFactory.getLogger(Printers.class);

  private Printers() {}

  public static PrinterConnector connector(Clock clock) {
    return printer -> {
      LOG.error(
          "no printer driver for profile '{}' in this build: tickets show on screen only",
          printer.profile());
      return new NoPrinterDriver(clock);
    };
  }
}
