package nl.zuil.kiosk.app;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.hardware.printer.PrinterStatus;
import nl.zuil.hardware.printer.TicketDocument;
import nl.zuil.hardware.printer.TicketPrinter;

/**
 * The printer when this build has no driver for the configured profile: always offline, so the
 * visitor gets the number and QR on screen and staff see "geen verbinding". Never pretends to
 * print.
 */
final class NoPrinterDriver implements TicketPrinter {

  private final PrinterStatus offline;

  NoPrinterDriver(Clock clock) {
    this.offline = PrinterStatus.offline(clock.instant());
  }

  @Override
  public CompletableFuture<PrintResult> print(TicketDocument ticket) {
    return CompletableFuture.completedFuture(new PrintResult(false, offline));
  }

  @Override
  public PrinterStatus status() {
    return offline;
  }

  @Override
  public void onStatusChange(Consumer<PrinterStatus> listener) {
    // Its status never changes.
  }

  @Override
  public void close() {
    // Nothing is open.
  }
}
