package nl.zuil.bench.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import nl.zuil.kiosk.visitor.VisitorFlowViewModel;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.ticket.TicketRequest;

/**
 * From the tap on the last tile to the ticket screen laid out with the number, and to the visit's
 * commit on disk; beside the raw ledger commit of the same visit, measured in the same run. A gids
 * keeps the queue at {@value #QUEUE} waiting, a busy morning: the console's list is rebuilt on
 * every change, so an ever-growing queue would measure that instead.
 */
public final class KioskTapBench {

  private static final int WARM_UP = 30;
  private static final int TAPS = 300;
  private static final int QUEUE = 10;

  private KioskTapBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("zuil-tapbench");
    List<Double> shownMs = new ArrayList<>();
    List<Double> committedMs = new ArrayList<>();
    try (BenchScene bench = new BenchScene(dir)) {
      VisitorFlowViewModel flow = bench.kiosk.flow();
      Scene scene = bench.kiosk.scene();
      Button tile = BenchScene.onFx(() -> (Button) scene.lookup("#question-employer"));
      for (int i = 0; i < WARM_UP + TAPS; i++) {
        bench.tap(flow::start);
        CompletableFuture<Long> committed = new CompletableFuture<>();
        CompletableFuture<Long> shown = new CompletableFuture<>();
        bench.onCommit(t -> committed.complete(System.nanoTime()));
        ChangeListener<String> numberShown =
            (obs, old, number) -> {
              if (!number.isEmpty()) {
                Runnable[] pulse = new Runnable[1];
                pulse[0] =
                    () -> {
                      scene.removePostLayoutPulseListener(pulse[0]);
                      shown.complete(System.nanoTime());
                    };
                scene.addPostLayoutPulseListener(pulse[0]);
                Platform.requestNextPulse();
              }
            };
        BenchScene.onFx(
            () -> {
              flow.ticket().numberProperty().addListener(numberShown);
              return null;
            });
        long[] tapped = new long[1];
        bench.tap(
            () -> {
              tapped[0] = System.nanoTime();
              tile.fire();
            });
        long shownAt = shown.get(30, TimeUnit.SECONDS);
        long committedAt = committed.get(30, TimeUnit.SECONDS);
        BenchScene.onFx(
            () -> {
              flow.ticket().numberProperty().removeListener(numberShown);
              return null;
            });
        if (i >= WARM_UP) {
          shownMs.add((shownAt - tapped[0]) / 1e6);
          committedMs.add((committedAt - tapped[0]) / 1e6);
        }
        bench.tap(flow::done);
        if (i >= QUEUE) {
          Ledger ledger = bench.runtime.ledger();
          ledger
              .desk()
              .callNext("balie-1")
              .ifPresent(t -> ledger.desk().recordOutcome(t.number(), "answered", null));
        }
      }
    }
    List<Double> rawMs = rawCommits(dir);
    report("tap to ticket screen shown", shownMs);
    report("tap to ledger commit", committedMs);
    report("reference raw ledger commit", rawMs);
    BenchKiosk.deleteTree(dir);
  }

  private static List<Double> rawCommits(Path dir) throws Exception {
    List<Double> ms = new ArrayList<>();
    try (Ledger ledger =
        Ledger.open(
            dir.resolve("raw-ledger.db"),
            nl.zuil.catalogue.CatalogueLoader.loadDefault(),
            new KioskIdentity("bench-locatie", "zuil-2"),
            java.time.Clock.system(nl.zuil.bench.MovableClock.AMSTERDAM))) {
      for (int i = 0; i < WARM_UP + TAPS; i++) {
        long start = System.nanoTime();
        ledger.tickets().issue(TicketRequest.of("employer", "nl"));
        if (i >= WARM_UP) {
          ms.add((System.nanoTime() - start) / 1e6);
        }
      }
    }
    return ms;
  }

  private static void report(String name, List<Double> ms) {
    System.out.println(
        name
            + " (median of "
            + ms.size()
            + "): "
            + BenchKiosk.round(BenchKiosk.median(ms))
            + " ms");
    System.out.println(name + " (p99): " + BenchKiosk.round(BenchKiosk.percentile(ms, 99)) + " ms");
  }
}
