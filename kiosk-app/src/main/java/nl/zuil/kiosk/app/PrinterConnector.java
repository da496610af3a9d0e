package nl.zuil.kiosk.app;

import nl.zuil.hardware.printer.TicketPrinter;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;

/** Opens the ticket printer the config names; the hardware-profiles module provides the drivers. */
@FunctionalInterface
public interface PrinterConnector {

  /**
   * @throws IllegalArgumentException when the profile is unknown, with a message for the installer
   */
  TicketPrinter connect(KioskConfig.Printer printer);
}
