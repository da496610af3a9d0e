package nl.zuil.hardware.driver;

import java.nio.file.Path;
import java.time.Clock;
import nl.zuil.hardware.escpos.DejaVuFonts;
import nl.zuil.hardware.escpos.EscPosEncoder;
import nl.zuil.hardware.escpos.TextRasterizer;
import nl.zuil.hardware.printer.TicketPrinter;
import nl.zuil.hardware.profile.HardwareProfile;
import nl.zuil.hardware.profile.HardwareProfiles;
import nl.zuil.hardware.profile.PrinterProfile;
import nl.zuil.hardware.profile.ProfileException;
import nl.zuil.hardware.serial.SerialDevices;
import nl.zuil.hardware.serial.SerialTransport;

/** Where the kiosk gets its {@link TicketPrinter}. */
public final class TicketPrinters {

  private TicketPrinters() {}

  /**
   * A printer for a shipped profile name (or a profile file ending in {@code .json}).
   *
   * @param device the serial device to use instead of the profile's, e.g. the virtual printer's
   *     pty; null to use the profile's device path or USB id
   * @throws ProfileException for an unknown name or an invalid file, before anything is opened
   * @throws IllegalStateException when the DejaVu fonts for non-Latin text are not installed
   */
  public static TicketPrinter open(String profileNameOrFile, Path device) throws ProfileException {
    return open(HardwareProfiles.resolve(profileNameOrFile), device);
  }

  public static TicketPrinter open(HardwareProfile profile, Path device) {
    return open(profile.printer(), device, PrinterTimings.defaults(), Clock.systemUTC());
  }

  /** As {@link #open(HardwareProfile, Path)}, with other timings (tests use short ones). */
  public static TicketPrinter open(
      PrinterProfile printer, Path device, PrinterTimings timings, Clock clock) {
    LinkOpener opener =
        () ->
            SerialTransport.open(
                device != null ? device : SerialDevices.system().locate(printer.transport()),
                printer.transport());
    return new EscPosTicketPrinter(encoder(printer), opener, printer, timings, clock);
  }

  /** The encoder the printer uses, for benchmarks and tools that want the bytes only. */
  public static EscPosEncoder encoder(PrinterProfile printer) {
    return new EscPosEncoder(printer, new TextRasterizer(DejaVuFonts.system()));
  }
}
