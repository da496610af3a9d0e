package nl.zuil.bench.kiosk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.zuil.bench.MovableClock;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.kiosk.app.KioskRuntime;
import nl.zuil.kiosk.app.KioskScene;
import nl.zuil.kiosk.nextstep.NextStep;
import nl.zuil.kiosk.nextstep.NextSteps;
import nl.zuil.kiosk.ticket.IssuedTicket;
import nl.zuil.kiosk.ticket.TicketOffice;
import nl.zuil.kiosk.ticket.WaitEstimate;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.rating.Rating;
import nl.zuil.ledger.ticket.TicketRequest;

/**
 * The real kiosk (runtime, ledger on disk, scene in a window) under Monocle, with a clock the
 * benchmark moves and a hook that sees the moment each visit is committed.
 */
final class BenchScene implements AutoCloseable {

  // Past the double-tap guard before each tap, and to the next service day when a bench asks.
  final MovableClock clock = new MovableClock("2026-11-23T09:00");
  final KioskRuntime runtime;
  final KioskScene kiosk;
  private volatile Consumer<IssuedTicket> onCommit = t -> {};

  BenchScene(Path dir) throws Exception {
    BenchKiosk.useMonocle(dir.resolve("openjfx-cache"));
    runtime =
        KioskRuntime.start(BenchKiosk.config(dir), clock, p -> new BenchKiosk.InstantPrinter());
    TicketOffice timed =
        new TicketOffice() {
          @Override
          public CompletableFuture<IssuedTicket> issue(TicketRequest request) {
            // Runs on the ledger thread right after the commit, before the screen hears of it.
            return runtime.office().issue(request).whenComplete((t, e) -> onCommit.accept(t));
          }

          @Override
          public CompletableFuture<WaitEstimate> estimateWait(IssuedTicket ticket) {
            return runtime.office().estimateWait(ticket);
          }

          @Override
          public CompletableFuture<PrintResult> print(IssuedTicket ticket) {
            return runtime.office().print(ticket);
          }

          @Override
          public CompletableFuture<Optional<Ticket>> recordSelfService(TicketRequest request) {
            return runtime.office().recordSelfService(request);
          }

          @Override
          public CompletableFuture<PrintResult> printSlip(NextStep step, String language) {
            return runtime.office().printSlip(step, language);
          }

          @Override
          public NextSteps nextSteps() {
            return runtime.office().nextSteps();
          }

          @Override
          public CompletableFuture<Void> rate(String reference, Rating rating) {
            return runtime.office().rate(reference, rating);
          }
        };
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    kiosk =
        onFx(
            () -> {
              KioskScene scene =
                  new KioskScene(
                      runtime.config(),
                      runtime.catalogue(),
                      timed,
                      runtime.printer(),
                      runtime.documents(),
                      runtime.background(),
                      clock,
                      () -> {},
                      runtime.console(),
                      runtime.webConsoleLines(),
                      runtime.narration());
              Stage stage = new Stage();
              stage.setScene(scene.scene());
              stage.show();
              return scene;
            });
  }

  void onCommit(Consumer<IssuedTicket> hook) {
    onCommit = hook;
  }

  /** A tap, a little later than the last one (past the double-tap guard). */
  void tap(Runnable action) {
    clock.advance(Duration.ofSeconds(1));
    onFx(
        () -> {
          action.run();
          return null;
        });
  }

  static <T> T onFx(Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(work.get());
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    try {
      return result.get(60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    onFx(
        () -> {
          kiosk.stop();
          return null;
        });
    runtime.close();
    Platform.exit();
  }
}
