package nl.zuil.bench.kiosk;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.value.ChangeListener;
import nl.zuil.catalogue.Language;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.catalogue.Situation;
import nl.zuil.kiosk.visitor.TicketScreenViewModel.Paper;
import nl.zuil.kiosk.visitor.VisitorFlowViewModel;
import nl.zuil.ledger.Ledger;

/**
 * Heap in use after 100 and after 10,000 simulated visits through the real screens (every question
 * type and language, with and without the situation tap), while a simulated gids calls and finishes
 * each ticket; a leak per visit shows as growth between the two.
 */
public final class KioskHeapBench {

  private static final int FIRST = 100;
  private static final int TOTAL = 10_000;
  private static final int VISITS_PER_DAY = 400;

  private KioskHeapBench() {}

  public static void main(String[] args) throws Exception {
    // On tmpfs where there is one: 10,000 fsyncs measure the disk, not the heap.
    Path base = Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : null;
    Path dir =
        base == null
            ? Files.createTempDirectory("zuil-heap")
            : Files.createTempDirectory(base, "zuil-heap");
    long afterFirst;
    long afterAll;
    try (BenchScene bench = new BenchScene(dir)) {
      VisitorFlowViewModel flow = bench.kiosk.flow();
      Ledger ledger = bench.runtime.ledger();
      List<QuestionType> questions = bench.runtime.catalogue().questionTypes();
      List<Language> languages = bench.runtime.catalogue().languages();
      List<Situation> situations = bench.runtime.catalogue().situations();
      afterFirst = 0;
      for (int visit = 1; visit <= TOTAL; visit++) {
        int n = visit;
        QuestionType question = questions.get(visit % questions.size());
        Language language = languages.get(visit % languages.size());
        bench.tap(() -> flow.chooseLanguage(language.code()));
        CompletableFuture<Void> printed = new CompletableFuture<>();
        ChangeListener<Paper> done =
            (obs, old, paper) -> {
              if (paper == Paper.PRINTED) {
                printed.complete(null);
              }
            };
        BenchScene.onFx(
            () -> {
              flow.ticket().paperProperty().addListener(done);
              return null;
            });
        bench.tap(() -> flow.chooseQuestion(question.code()));
        if (question.askSituation()) {
          if (visit % 3 == 0) {
            bench.tap(flow::skipSituation);
          } else {
            bench.tap(() -> flow.chooseSituation(situations.get(n % situations.size()).code()));
          }
        }
        printed.get(30, TimeUnit.SECONDS);
        BenchScene.onFx(
            () -> {
              flow.ticket().paperProperty().removeListener(done);
              return null;
            });
        bench.tap(flow::done);
        ledger
            .desk()
            .callNext("balie-1")
            .ifPresent(t -> ledger.desk().recordOutcome(t.number(), "answered", null));
        if (visit % VISITS_PER_DAY == 0) {
          bench.clock.advance(Duration.ofDays(1));
        }
        if (visit == FIRST) {
          afterFirst = usedHeapAfterGc();
        }
      }
      afterAll = usedHeapAfterGc();
    }
    BenchKiosk.deleteTree(dir);
    System.out.println("heap in use after " + FIRST + " visits: " + mib(afterFirst) + " MiB");
    System.out.println("heap in use after " + TOTAL + " visits: " + mib(afterAll) + " MiB");
    System.out.println(
        "heap growth from "
            + FIRST
            + " to "
            + TOTAL
            + " visits: "
            + mib(afterAll - afterFirst)
            + " MiB");
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String mib(long bytes) {
    return BenchKiosk.round(bytes / (1024.0 * 1024.0));
  }
}
