package nl.zuil.hardware.driver;

import nl.zuil.hardware.link.LinkException;
import nl.zuil.hardware.link.PrinterLink;

/** Opens a fresh link to the printer; called again after every loss of the device. */
@FunctionalInterface
public interface LinkOpener {
  PrinterLink open() throws LinkException;
}
