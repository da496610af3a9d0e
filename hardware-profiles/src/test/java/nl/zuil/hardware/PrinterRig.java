package nl.zuil.hardware;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.zuil.hardware.driver.PrinterTimings;
import nl.zuil.hardware.driver.TicketPrinters;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.hardware.printer.StandardTicket;
import nl.zuil.hardware.printer.TicketDocument;
import nl.zuil.hardware.printer.TicketPrinter;
import nl.zuil.hardware.profile.HardwareProfiles;
import nl.zuil.hardware.profile.PrinterProfile;
import nl.zuil.hardware.virtualprinter.PrintedTicket;
import nl.zuil.hardware.virtualprinter.PtyPair;
import nl.zuil.hardware.virtualprinter.VirtualPrinter;
import nl.zuil.kioskfiles.printer.PrinterCondition;
import nl.zuil.testsupport.RequiredTool;

/**
 * The kiosk's driver and the virtual printer at the two ends of a real pty pair made by socat, the
 * way the demo runs them. Timings are short so that fault tests finish quickly.
 */
public final class PrinterRig implements AutoCloseable {

  public static final PrinterTimings FAST =
      new PrinterTimings(
          Duration.ofMillis(300),
          Duration.ofMillis(100),
          Duration.ofSeconds(1),
          Duration.ofSeconds(10));

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final PtyPair cable;
  private final VirtualPrinter virtualPrinter;
  private final TicketPrinter printer;
  private final List<PrinterCondition> conditionsSeen = new ArrayList<>();

  private PrinterRig(PtyPair cable, VirtualPrinter virtualPrinter, TicketPrinter printer) {
    this.cable = cable;
    this.virtualPrinter = virtualPrinter;
    this.printer = printer;
    printer.onStatusChange(
        status -> {
          synchronized (conditionsSeen) {
            conditionsSeen.add(status.condition());
          }
        });
  }

  public static PrinterRig start(Path dir) throws Exception {
    return start(dir, HardwareProfiles.load("virtual").printer());
  }

  public static PrinterRig start(Path dir, PrinterProfile profile) throws Exception {
    RequiredTool.find("socat", "socat");
    PtyPair cable = PtyPair.create(dir.resolve("kiosk"), dir.resolve("printer"));
    VirtualPrinter virtualPrinter = VirtualPrinter.start(cable.printerEnd(), profile, null);
    TicketPrinter printer = TicketPrinters.open(profile, cable.kioskEnd(), FAST, Clock.systemUTC());
    PrinterRig rig = new PrinterRig(cable, virtualPrinter, printer);
    rig.awaitCondition(PrinterCondition.READY);
    return rig;
  }

  /** A reference ticket whose QR code carries {@code reference}, to tell tickets apart on paper. */
  public static TicketDocument ticket(String reference) {
    return new StandardTicket(
            "Uw nummer",
            reference,
            "Werk zoeken",
            "Een gids roept straks uw nummer.",
            "https://www.werkcentrum.example/vraag/werk-zoeken#" + reference,
            "Scan de code met uw telefoon.",
            "Bibliotheek Hengelo")
        .toDocument();
  }

  public PtyPair cable() {
    return cable;
  }

  public VirtualPrinter virtualPrinter() {
    return virtualPrinter;
  }

  public TicketPrinter printer() {
    return printer;
  }

  public PrintResult print(String reference) throws Exception {
    return printer.print(ticket(reference)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  public void awaitCondition(PrinterCondition expected) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (printer.status().condition() != expected) {
      if (System.nanoTime() > deadline) {
        fail("printer stayed %s, expected %s", printer.status().condition(), expected);
      }
      Thread.sleep(10);
    }
  }

  public List<PrinterCondition> conditionsSeen() {
    synchronized (conditionsSeen) {
      return List.copyOf(conditionsSeen);
    }
  }

  /** The references (from the QR codes) of the complete tickets that came out, in order. */
  public List<String> completeTicketsAfterWaitingFor(int count) throws Exception {
    return virtualPrinter.awaitTickets(count, WAIT).stream()
        .filter(PrintedTicket::complete)
        .map(t -> QrDecoding.decode(t.image()))
        .map(link -> link.substring(link.indexOf('#') + 1))
        .collect(Collectors.toList());
  }

  @Override
  public void close() throws Exception {
    printer.close();
    virtualPrinter.close();
    cable.close();
  }
}
