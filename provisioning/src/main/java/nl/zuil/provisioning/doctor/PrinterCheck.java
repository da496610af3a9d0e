package nl.zuil.provisioning.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.zuil.hardware.driver.PrinterTimings;
import nl.zuil.hardware.driver.TicketPrinters;
import nl.zuil.hardware.link.LinkException;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.hardware.printer.StandardTicket;
import nl.zuil.hardware.printer.TicketPrinter;
import nl.zuil.hardware.profile.KioskProfiles;
import nl.zuil.hardware.profile.PrinterProfile;
import nl.zuil.hardware.profile.ProfileException;
import nl.zuil.hardware.profile.TransportProfile;
import nl.zuil.hardware.serial.SerialDevices;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import nl.zuil.kioskfiles.printer.PrinterStatusFile;
import nl.zuil.provisioning.install.KioskServices;

/**
 * Asks the printer itself for its status, over the profile's transport, and prints a test ticket on
 * request. While the kiosk runs it owns the serial port (two programs on one port garble each
 * other's bytes), so then the status the kiosk last wrote is read instead.
 */
final class PrinterCheck implements Check {

  static final String NAME = "printer";
  private static final Duration FIRST_STATUS = Duration.ofSeconds(5);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

  @Override
  public List<Finding> run(DoctorContext context) {
    if (!context.kiosk().present()) {
      return List.of(cannotCheck());
    }
    KioskConfig config = context.kiosk().get();
    if (context.unitActive(KioskServices.KIOSK_UNIT).orElse(false)) {
      return fromStatusFile(context, config);
    }
    PrinterProfile profile;
    try {
      profile = KioskProfiles.of(config.printer()).printer();
    } catch (ProfileException e) {
      return List.of(Finding.fail(NAME, e.getMessage(), "Fix printer.profile in the kiosk config"));
    }
    Path device;
    try {
      device = device(context, config, profile.transport());
    } catch (LinkException e) {
      return List.of(Finding.fail(NAME, e.getMessage(), "Plug the printer in and switch it on"));
    }
    if (!Files.exists(device)) {
      return List.of(
          Finding.fail(
              NAME,
              "no device at " + device,
              "Connect the printer, or give init the right --printer-device"));
    }
    return ask(context, profile, device);
  }

  private static Finding cannotCheck() {
    return Finding.fail(NAME, "cannot check: the kiosk config is missing or invalid", "See above");
  }

  private static Path device(DoctorContext context, KioskConfig config, TransportProfile transport)
      throws LinkException {
    Optional<String> configured = config.printer().device();
    if (configured.isPresent()) {
      return Path.of(configured.get());
    }
    if (transport.device() != null) {
      return context.path(transport.device());
    }
    return new SerialDevices(context.path("/sys/class/tty"), context.path("/dev"))
        .locate(transport.usb());
  }

  private static List<Finding> ask(DoctorContext context, PrinterProfile profile, Path device) {
    PrinterTimings defaults = PrinterTimings.defaults();
    // Poll often: doctor wants one fresh answer, not the kiosk's relaxed rhythm.
    PrinterTimings timings =
        new PrinterTimings(
            defaults.statusAnswer(),
            Duration.ofMillis(100),
            defaults.printing(),
            defaults.staleAfter());
    List<Finding> findings = new ArrayList<>();
    try (TicketPrinter printer = TicketPrinters.open(profile, device, timings, Clock.systemUTC())) {
      Instant opened = Instant.now();
      PrinterStatus status = awaitFreshStatus(printer, opened);
      findings.add(judge(status, "on " + device));
      if (context.testTicket()) {
        findings.add(testTicket(context, printer, status));
      }
    }
    return findings;
  }

  private static PrinterStatus awaitFreshStatus(TicketPrinter printer, Instant opened) {
    long deadline = System.nanoTime() + FIRST_STATUS.toNanos();
    while (!printer.status().checkedAt().isAfter(opened) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return printer.status();
  }

  private static Finding testTicket(
      DoctorContext context, TicketPrinter printer, PrinterStatus status) {
    if (!status.canPrint()) {
      return Finding.fail(
          "test ticket", "not printed: the printer is " + words(status), "Fix the printer first");
    }
    String now = TIME.format(context.clock().instant());
    StandardTicket ticket =
        new StandardTicket(
            "Testbon / test ticket",
            "TEST",
            "Zuil doctor",
            "Printer, papier en snijder werken. Printer, paper and cutter work.",
            null,
            null,
            now);
    try {
      PrintResult result = printer.print(ticket.toDocument()).get(30, TimeUnit.SECONDS);
      if (result.printed()) {
        return Finding.ok("test ticket", "printed and confirmed by the printer");
      }
      return Finding.fail(
          "test ticket",
          "not confirmed: the printer is now " + words(result.status()),
          "Check the paper path and the cutter, then try again");
    } catch (Exception e) {
      return Finding.fail(
          "test ticket", "no answer while printing: " + e.getMessage(), "Check cable and power");
    }
  }

  private static List<Finding> fromStatusFile(DoctorContext context, KioskConfig config) {
    Path file = config.ledgerPath().resolveSibling("printer.json");
    List<Finding> findings = new ArrayList<>();
    try {
      Optional<PrinterStatus> status = new PrinterStatusFile(file).read();
      if (status.isEmpty()) {
        findings.add(
            Finding.warn(
                NAME,
                "the kiosk runs but has written no printer status to " + file,
                "Look at /var/log/zuil/kiosk.log"));
      } else {
        findings.add(
            judge(
                status.get(),
                "as the running kiosk last saw it ("
                    + TIME.format(status.get().checkedAt())
                    + ")"));
      }
    } catch (IOException e) {
      findings.add(Finding.warn(NAME, e.getMessage(), "Restart the kiosk"));
    }
    if (context.testTicket()) {
      findings.add(
          Finding.warn(
              "test ticket",
              "not printed: the running kiosk holds the printer",
              "Stop the kiosk (systemctl stop zuil-kiosk.service), run doctor --test-ticket,"
                  + " start it again"));
    }
    return findings;
  }

  static Finding judge(PrinterStatus status, String where) {
    return switch (status.condition()) {
      case READY -> Finding.ok(NAME, "ready, paper present, " + where);
      case PAPER_NEAR_END ->
          Finding.warn(NAME, "paper is nearly out, " + where, "Put in a new roll soon");
      case PAPER_OUT -> Finding.fail(NAME, "out of paper, " + where, "Put in a new roll");
      case COVER_OPEN -> Finding.fail(NAME, "cover open, " + where, "Close the cover");
      case CUTTER_ERROR ->
          Finding.fail(
              NAME, "cutter jammed, " + where, "Open the cover, clear the paper, close the cover");
      case OFFLINE ->
          Finding.fail(
              NAME,
              "no answer " + where,
              "Check power and cable, and that the hardware profile (baud rate) fits this printer");
    };
  }

  private static String words(PrinterStatus status) {
    return status.condition().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
