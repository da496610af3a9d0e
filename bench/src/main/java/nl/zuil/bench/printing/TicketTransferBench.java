package nl.zuil.bench.printing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.zuil.hardware.driver.EscPosTicketPrinter;
import nl.zuil.hardware.driver.PrinterTimings;
import nl.zuil.hardware.driver.TicketPrinters;
import nl.zuil.hardware.link.LinkException;
import nl.zuil.hardware.link.PrinterLink;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.hardware.printer.TicketPrinter;
import nl.zuil.hardware.profile.HardwareProfiles;
import nl.zuil.hardware.profile.PrinterProfile;
import nl.zuil.hardware.profile.QrMode;
import nl.zuil.hardware.serial.SerialTransport;
import nl.zuil.hardware.virtualprinter.PrintedTicket;
import nl.zuil.hardware.virtualprinter.PtyPair;
import nl.zuil.hardware.virtualprinter.VirtualPrinter;
import nl.zuil.kioskfiles.printer.PrinterCondition;

/**
 * Bytes of the reference ticket with native and with raster QR, the line time they imply at 9600
 * and 115200 baud, and beside it what was measured over a real pty with the virtual printer
 * throttled to that baud: print request to the driver's last write() returning, to the printer
 * receiving the ticket's last byte, and to the PrintResult.
 */
public final class TicketTransferBench {

  private static final int[] BAUDS = {9_600, 115_200};
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final int WARMUP_ENCODES = 200;

  private TicketTransferBench() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    PrinterProfile nativeQr = HardwareProfiles.load("virtual").printer();
    PrinterProfile rasterQr = nativeQr.withQr(QrMode.RASTER);
    for (PrinterProfile printer : List.of(nativeQr, rasterQr)) {
      String name = printer.qr() == QrMode.NATIVE ? "native_qr" : "raster_qr";
      int bytes = TicketPrinters.encoder(printer).encode(ReferenceTicket.dutch()).length;
      System.out.printf("ticket_bytes_%s: %d bytes%n", name, bytes);
      for (int baud : BAUDS) {
        PrinterProfile atBaud = printer.withTransport(printer.transport().withBaud(baud));
        System.out.printf(
            "wire_time_%s_%d: %.3f s%n", name, baud, atBaud.transport().wireSeconds(bytes));
        measure(name, atBaud);
      }
    }
  }

  private static void measure(String name, PrinterProfile printer) throws Exception {
    // Warm the encoder up, so the figures are about the line and not about the JIT.
    for (int i = 0; i < WARMUP_ENCODES; i++) {
      TicketPrinters.encoder(printer).encode(ReferenceTicket.dutch());
    }
    Path dir = Files.createTempDirectory("zuil-bench");
    TimedLink[] link = new TimedLink[1];
    try (PtyPair cable = PtyPair.create(dir.resolve("kiosk"), dir.resolve("printer"));
        VirtualPrinter virtualPrinter = VirtualPrinter.start(cable.printerEnd(), printer, null)) {
      TicketPrinter ticketPrinter =
          new EscPosTicketPrinter(
              TicketPrinters.encoder(printer),
              () ->
                  link[0] =
                      new TimedLink(SerialTransport.open(cable.kioskEnd(), printer.transport())),
              printer,
              new PrinterTimings(
                  Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(5), WAIT),
              Clock.systemUTC());
      try {
        awaitReady(ticketPrinter);
        long requested = System.nanoTime();
        PrintResult result =
            ticketPrinter.print(ReferenceTicket.dutch()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        long resulted = System.nanoTime();
        if (!result.printed()) {
          throw new IllegalStateException("the reference ticket did not print: " + result);
        }
        PrintedTicket ticket = virtualPrinter.awaitTickets(1, WAIT).get(0);
        int baud = printer.transport().baud();
        report(name, "write_returned", baud, link[0].lastBigWriteReturnedNanos - requested);
        report(name, "last_byte_received", baud, ticket.cutAtNanos() - requested);
        report(name, "printed_result", baud, resulted - requested);
      } finally {
        ticketPrinter.close();
      }
    }
  }

  private static void report(String name, String what, int baud, long nanos) {
    System.out.printf("measured_%s_%s_%d: %.3f s%n", what, name, baud, nanos / 1e9);
  }

  private static void awaitReady(TicketPrinter printer) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (printer.status().condition() != PrinterCondition.READY) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("virtual printer not ready: " + printer.status());
      }
      Thread.sleep(5);
    }
  }

  /** Notes when the last write of a ticket's size returned to the driver. */
  private static final class TimedLink implements PrinterLink {
    private static final int TICKET_SIZED = 100;
    private final PrinterLink link;
    private volatile long lastBigWriteReturnedNanos;

    TimedLink(PrinterLink link) {
      this.link = link;
    }

    @Override
    public void write(byte[] bytes, Duration timeout) throws LinkException {
      link.write(bytes, timeout);
      if (bytes.length >= TICKET_SIZED) {
        lastBigWriteReturnedNanos = System.nanoTime();
      }
    }

    @Override
    public byte[] read(int count, Duration timeout) throws LinkException {
      return link.read(count, timeout);
    }

    @Override
    public byte[] readAvailable(int max, Duration wait) throws LinkException {
      return link.readAvailable(max, wait);
    }

    @Override
    public void discardInput() throws LinkException {
      link.discardInput();
    }

    @Override
    public void close() {
      link.close();
    }
  }
}
