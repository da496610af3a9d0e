package nl.zuil.hardware.driver;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nl.zuil.hardware.escpos.EscPosEncoder;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.hardware.printer.TicketDocument;
import nl.zuil.hardware.printer.TicketPrinter;
import nl.zuil.hardware.profile.PrinterProfile;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TicketPrinter} for an ESC/POS printer. One daemon thread owns the device: it polls the
 * status while idle, reconnects after the device disappears, and prints one ticket at a time. The
 * caller only ever gets a future, so the UI thread never waits for the printer.
 */
public final class EscPosTicketPrinter implements TicketPrinter {

  private static final Logger LOG = LoggerFactory.getLogger(EscPosTicketPrinter.class);

  private final EscPosEncoder encoder;
  private final PrinterTimings timings;
  private final StatusBoard board;
  private final PrinterConnection connection;
  private final ScheduledExecutorService io;

  public EscPosTicketPrinter(
      EscPosEncoder encoder,
      LinkOpener opener,
      PrinterProfile profile,
      PrinterTimings timings,
      Clock clock) {
    this.encoder = encoder;
    this.timings = timings;
    this.board = new StatusBoard(clock.instant());
    this.connection = new PrinterConnection(opener, profile, timings, clock, board::publish);
    this.io =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "ticket-printer");
              thread.setDaemon(true);
              return thread;
            });
    io.scheduleWithFixedDelay(
        this::poll, 0, timings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public CompletableFuture<PrintResult> print(TicketDocument ticket) {
    long requestedAt = System.nanoTime();
    try {
      return CompletableFuture.supplyAsync(() -> printNow(ticket, requestedAt), io);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.completedFuture(new PrintResult(false, board.current()));
    }
  }

  @Override
  public PrinterStatus status() {
    return board.current();
  }

  @Override
  public void onStatusChange(Consumer<PrinterStatus> listener) {
    board.listen(listener);
  }

  @Override
  public void close() {
    io.shutdownNow();
    try {
      if (!io.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("the printer thread did not stop within 5 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    connection.close();
  }

  private void poll() {
    try {
      connection.readStatus();
    } catch (RuntimeException e) {
      LOG.error("status poll failed", e);
    }
  }

  private PrintResult printNow(TicketDocument ticket, long requestedAt) {
    Duration waited = Duration.ofNanos(System.nanoTime() - requestedAt);
    if (waited.compareTo(timings.staleAfter()) > 0) {
      LOG.warn("ticket dropped: it waited {} ms for the printer", waited.toMillis());
      return new PrintResult(false, board.current());
    }
    try {
      return connection.print(encoder.encode(ticket));
    } catch (RuntimeException e) {
      LOG.error("ticket could not be printed", e);
      return new PrintResult(false, board.current());
    }
  }
}
