package nl.zuil.hardware.driver;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The printer's latest status and the listeners told when it changes. */
final class StatusBoard {

  private static final Logger LOG = LoggerFactory.getLogger(StatusBoard.class);

  private final List<Consumer<PrinterStatus>> listeners = new CopyOnWriteArrayList<>();
  private volatile PrinterStatus current;

  StatusBoard(Instant start) {
    current = PrinterStatus.offline(start);
  }

  PrinterStatus current() {
    return current;
  }

  void listen(Consumer<PrinterStatus> listener) {
    listeners.add(listener);
  }

  /** Records {@code status}; listeners hear of it only when the state differs from the last one. */
  void publish(PrinterStatus status) {
    boolean changed = !status.sameStateAs(current);
    current = status;
    if (!changed) {
      return;
    }
    LOG.info("printer is now {}", status.condition());
    for (Consumer<PrinterStatus> listener : listeners) {
      try {
        listener.accept(status);
      } catch (RuntimeException e) {
        LOG.error("a printer status listener failed", e);
      }
    }
  }
}
