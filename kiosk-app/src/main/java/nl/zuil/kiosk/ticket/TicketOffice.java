package nl.zuil.kiosk.ticket;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.kiosk.nextstep.NextStep;
import nl.zuil.kiosk.nextstep.NextSteps;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.rating.Rating;
import nl.zuil.ledger.ticket.TicketRequest;

/**
 * Where the visitor screen gets its ticket. Every call returns at once; the work (disk, printer)
 * happens elsewhere, never on the JavaFX thread.
 */
public interface TicketOffice {

  /** Records the visit; completes once it is committed to disk, or exceptionally. */
  CompletableFuture<IssuedTicket> issue(TicketRequest request);

  /** Completes with {@link WaitEstimate#UNKNOWN} when the ledger cannot be read. */
  CompletableFuture<WaitEstimate> estimateWait(IssuedTicket ticket);

  /**
   * Asks the printer for the paper ticket; completes with the printer's answer, never
   * exceptionally.
   */
  CompletableFuture<PrintResult> print(IssuedTicket ticket);

  /**
   * Records the visit of someone who found no gids: done at once, never in the queue. Completes
   * with the visit once it is on disk, or empty when the disk refused it and the visit is kept to
   * be written later (decision 0011); exceptionally only for a bug.
   */
  CompletableFuture<Optional<Ticket>> recordSelfService(TicketRequest request);

  /** Prints the next step as a slip on the ticket printer; never completes exceptionally. */
  CompletableFuture<PrintResult> printSlip(NextStep step, String language);

  /**
   * Keeps the face a visitor tapped at "Hoe was het?" with their visit; a later tap replaces it.
   * Never completes exceptionally: a lost tap is logged, the visitor is not bothered with it.
   */
  CompletableFuture<Void> rate(String reference, Rating rating);

  /** Whether a gids is here, and the next step when not. */
  NextSteps nextSteps();
}
