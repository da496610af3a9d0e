package nl.zuil.kiosk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.hardware.printer.TicketPrinter;
import nl.zuil.kiosk.disk.HeldVisits;
import nl.zuil.kiosk.nextstep.NextStep;
import nl.zuil.kiosk.nextstep.NextSteps;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.LedgerStorageException;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.rating.Rating;
import nl.zuil.ledger.ticket.TicketRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The kiosk's ticket office: the visit ledger on its own thread, and the printer. */
public final class LedgerTicketOffice implements TicketOffice {

  private static final Logger LOG = LoggerFactory.getLogger(LedgerTicketOffice.class);

  private final Ledger ledger;
  private final WaitEstimator estimator;
  private final TicketPrinter printer;
  private final TicketDocuments documents;
  private final NextSteps nextSteps;
  private final Executor ledgerThread;
  private final Clock clock;
  private final HeldVisits held = new HeldVisits();
  private final List<Consumer<Ticket>> issuedListeners = new CopyOnWriteArrayList<>();
  private final List<Runnable> failureListeners = new CopyOnWriteArrayList<>();

  /**
   * @param ledgerThread where ledger calls run; one thread, so tickets are issued in tap order
   * @param clock the kiosk's wall clock: the time a held self-service visit is recorded under
   */
  public LedgerTicketOffice(
      Ledger ledger,
      WaitEstimator estimator,
      TicketPrinter printer,
      TicketDocuments documents,
      NextSteps nextSteps,
      Executor ledgerThread,
      Clock clock) {
    this.ledger = ledger;
    this.estimator = estimator;
    this.printer = printer;
    this.documents = documents;
    this.nextSteps = nextSteps;
    this.ledgerThread = ledgerThread;
    this.clock = clock;
  }

  /** Called on the ledger thread with every ticket issued, once it is on disk. */
  public void onIssued(Consumer<Ticket> listener) {
    issuedListeners.add(listener);
  }

  /** Called on the ledger thread whenever the disk refuses a visit. */
  public void onWriteFailure(Runnable listener) {
    failureListeners.add(listener);
  }

  /** Self-service visits waiting for the disk. */
  public int heldVisits() {
    return held.count();
  }

  @Override
  public CompletableFuture<IssuedTicket> issue(TicketRequest request) {
    return supply(
        () -> {
          Ticket ticket;
          try {
            ticket = ledger.tickets().issue(request);
          } catch (LedgerStorageException e) {
            failureListeners.forEach(Runnable::run);
            throw e;
          }
          issuedListeners.forEach(listener -> listener.accept(ticket));
          QuestionType question =
              ledger.catalogue().questionType(ticket.questionCode()).orElseThrow();
          return new IssuedTicket(
              ticket, TicketLinks.link(question, ticket.languageCode(), ticket.reference()));
        });
  }

  @Override
  public CompletableFuture<WaitEstimate> estimateWait(IssuedTicket issued) {
    return supply(() -> estimator.estimate(issued.ticket()))
        .exceptionally(
            e -> {
              LOG.warn("could not estimate the wait for {}", issued.ticket().number(), e);
              return WaitEstimate.UNKNOWN;
            });
  }

  @Override
  public CompletableFuture<PrintResult> print(IssuedTicket issued) {
    try {
      return printer.print(documents.forVisitor(issued)).exceptionally(e -> failed(issued, e));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(failed(issued, e));
    }
  }

  /**
   * Records the visit, or, when the disk refuses it, keeps it to write later (decision 0011): the
   * visitor has the next step on screen either way. Held visits go first, so the ledger keeps tap
   * order.
   *
   * @return the visit once on disk; empty when it is held
   */
  @Override
  public CompletableFuture<Optional<Ticket>> recordSelfService(TicketRequest request) {
    Instant tappedAt = clock.instant();
    return supply(
        () -> {
          if (!writeHeld()) {
            held.hold(request, tappedAt);
            return Optional.empty();
          }
          try {
            Ticket visit = ledger.tickets().recordSelfService(request, tappedAt);
            issuedListeners.forEach(listener -> listener.accept(visit));
            return Optional.of(visit);
          } catch (LedgerStorageException e) {
            held.hold(request, tappedAt);
            failureListeners.forEach(Runnable::run);
            LOG.error(
                "the disk refused a self-service visit; {} kept until it takes them",
                held.count(),
                e);
            return Optional.empty();
          }
        });
  }

  /**
   * Tries the held self-service visits again, on the ledger thread.
   *
   * @return how many are still held
   */
  public CompletableFuture<Integer> retryHeldVisits() {
    return supply(
        () -> {
          writeHeld();
          return held.count();
        });
  }

  /** On the ledger thread: true when nothing is held any more. */
  private boolean writeHeld() {
    if (held.count() == 0) {
      return true;
    }
    try {
      int written = held.writeTo(ledger.tickets());
      LOG.info("the disk took {} held self-service visits", written);
      return true;
    } catch (LedgerStorageException e) {
      failureListeners.forEach(Runnable::run);
      LOG.warn("the disk still refuses visits; {} held: {}", held.count(), e.getMessage());
      return false;
    }
  }

  @Override
  public CompletableFuture<PrintResult> printSlip(NextStep step, String language) {
    try {
      return printer
          .print(
              documents.slip(step, language, nextSteps.presence().roster().now().toLocalDateTime()))
          .exceptionally(e -> slipFailed(e));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(slipFailed(e));
    }
  }

  @Override
  public CompletableFuture<Void> rate(String reference, Rating rating) {
    return supply(
            () -> {
              ledger.ratings().rate(reference, rating);
              return (Void) null;
            })
        .exceptionally(
            e -> {
              LOG.warn("a tap on \"Hoe was het?\" was not kept", e);
              return null;
            });
  }

  @Override
  public NextSteps nextSteps() {
    return nextSteps;
  }

  private PrintResult slipFailed(Throwable e) {
    LOG.error("printer driver failed on a next-step slip", e);
    return new PrintResult(false, printer.status());
  }

  /**
   * Like supplyAsync, but a ledger thread already shut down fails the future instead of the tap.
   */
  private <T> CompletableFuture<T> supply(Supplier<T> work) {
    try {
      return CompletableFuture.supplyAsync(work, ledgerThread);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private PrintResult failed(IssuedTicket issued, Throwable e) {
    // The contract says a driver never fails its future; one that does is a bug, not a fault of
    // the paper, and the visitor still has the number on screen.
    LOG.error("printer driver failed on ticket {}", issued.ticket().number(), e);
    return new PrintResult(false, printer.status());
  }
}
