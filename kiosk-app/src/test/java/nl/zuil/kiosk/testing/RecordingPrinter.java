package nl.zuil.kiosk.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.hardware.printer.TicketDocument;
import nl.zuil.hardware.printer.TicketPrinter;
import nl.zuil.kioskfiles.printer.PrinterStatus;

/**
 * A printer that keeps what it was asked to print in memory and can be told to be out of paper or
 * offline. Like a real one, it prints nothing while it cannot print, and never later.
 */
public final class RecordingPrinter implements TicketPrinter {

  private static final Instant CHECKED = Instant.parse("2026-11-23T08:00:00Z");

  private final List<TicketDocument> printed = new CopyOnWriteArrayList<>();
  private final List<TicketDocument> refused = new CopyOnWriteArrayList<>();
  private final List<Consumer<PrinterStatus>> listeners = new CopyOnWriteArrayList<>();
  private volatile PrinterStatus status = PrinterStatus.ready(CHECKED);
  private volatile boolean closed;

  @Override
  public CompletableFuture<PrintResult> print(TicketDocument ticket) {
    PrinterStatus now = status;
    if (now.canPrint()) {
      printed.add(ticket);
    } else {
      refused.add(ticket);
    }
    return CompletableFuture.completedFuture(new PrintResult(now.canPrint(), now));
  }

  @Override
  public PrinterStatus status() {
    return status;
  }

  @Override
  public void onStatusChange(Consumer<PrinterStatus> listener) {
    listeners.add(listener);
  }

  @Override
  public void close() {
    closed = true;
  }

  public void paperOut() {
    report(new PrinterStatus(true, false, true, false, false, CHECKED));
  }

  public void offline() {
    report(PrinterStatus.offline(CHECKED));
  }

  public void ready() {
    report(PrinterStatus.ready(CHECKED));
  }

  private void report(PrinterStatus next) {
    status = next;
    listeners.forEach(l -> l.accept(next));
  }

  public List<TicketDocument> printed() {
    return new ArrayList<>(printed);
  }

  /** Documents asked for while the printer could not print: nothing came out for them. */
  public List<TicketDocument> refused() {
    return new ArrayList<>(refused);
  }

  public boolean closed() {
    return closed;
  }
}
