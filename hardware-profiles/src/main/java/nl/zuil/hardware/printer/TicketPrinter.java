package nl.zuil.hardware.printer;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import nl.zuil.kioskfiles.printer.PrinterStatus;

/**
 * The one way the kiosk asks for paper. Implementations talk to a real printer over its transport
 * or to the virtual printer; none of them blocks the caller.
 *
 * <p>A ticket that could not be printed is never queued and printed later: a visitor who already
 * left with the number on screen must not find a backlog of old tickets in the tray when the paper
 * is refilled.
 */
public interface TicketPrinter extends AutoCloseable {

  /** Prints one ticket; the future completes once the outcome is known, never exceptionally. */
  CompletableFuture<PrintResult> print(TicketDocument ticket);

  /** The most recent status read from the printer. */
  PrinterStatus status();

  /** Called with every status change, on the printer's own thread. */
  void onStatusChange(Consumer<PrinterStatus> listener);

  @Override
  void close();
}
