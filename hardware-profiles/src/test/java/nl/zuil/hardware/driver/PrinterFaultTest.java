package nl.zuil.hardware.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import nl.zuil.hardware.PrinterRig;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.kioskfiles.printer.PrinterCondition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver against the virtual printer over a real pty pair, in every failure case of issue 4: a
 * ticket is reported printed only when it came out, a failed ticket never comes out later, and
 * printing resumes by itself when the printer recovers.
 */
class PrinterFaultTest {

  @TempDir Path dir;

  @Test
  void printsAndReportsPrintedWhenThePrinterIsReady() throws Exception {
    try (PrinterRig rig = PrinterRig.start(dir)) {
      PrintResult result = rig.print("A");

      assertThat(result.printed()).isTrue();
      assertThat(result.status().condition()).isEqualTo(PrinterCondition.READY);
      assertThat(rig.completeTicketsAfterWaitingFor(1)).containsExactly("A");
    }
  }

  @Test
  void paperOutIsReportedAndTheTicketIsNeitherSentNorPrintedWhenPaperReturns() throws Exception {
    try (PrinterRig rig = PrinterRig.start(dir)) {
      rig.virtualPrinter().controls().paperOut(true);
      rig.awaitCondition(PrinterCondition.PAPER_OUT);

      PrintResult refused = rig.print("A");
      rig.virtualPrinter().controls().paperOut(false);
      rig.awaitCondition(PrinterCondition.READY);
      PrintResult next = rig.print("B");

      assertThat(refused.printed()).isFalse();
      assertThat(refused.status().paperOut()).isTrue();
      assertThat(next.printed()).isTrue();
      assertThat(rig.completeTicketsAfterWaitingFor(1)).containsExactly("B");
    }
  }

  @Test
  void paperRunningOutMidTicketIsNotPrintedAndItsRestNeverComesOutLater() throws Exception {
    try (PrinterRig rig = PrinterRig.start(dir)) {
      rig.virtualPrinter().controls().paperRunsOutAfterLines(4);

      PrintResult interrupted = rig.print("A");
      rig.virtualPrinter().controls().paperOut(false);
      rig.awaitCondition(PrinterCondition.READY);
      PrintResult next = rig.print("B");

      assertThat(interrupted.printed()).isFalse();
      assertThat(interrupted.status().condition()).isEqualTo(PrinterCondition.PAPER_OUT);
      assertThat(next.printed()).isTrue();
      // The torn-off first part of A, then B; the rest of A was cleared, not printed on new paper.
      assertThat(rig.virtualPrinter().awaitTickets(2, Duration.ofSeconds(10)))
          .extracting(t -> t.complete())
          .containsExactly(false, true);
      assertThat(rig.completeTicketsAfterWaitingFor(2)).containsExactly("B");
    }
  }

  @Test
  void printerUnpluggedGoesOfflineAndPrintsAgainWhenPluggedBackIn() throws Exception {
    try (PrinterRig rig = PrinterRig.start(dir)) {
      assertThat(rig.print("A").printed()).isTrue();

      rig.cable().unplug();
      rig.awaitCondition(PrinterCondition.OFFLINE);
      PrintResult whileUnplugged = rig.print("B");
      rig.cable().plugIn();
      rig.awaitCondition(PrinterCondition.READY);
      PrintResult afterReplug = rig.print("C");

      assertThat(whileUnplugged.printed()).isFalse();
      assertThat(whileUnplugged.status().online()).isFalse();
      assertThat(afterReplug.printed()).isTrue();
      assertThat(rig.completeTicketsAfterWaitingFor(2)).containsExactly("A", "C");
      assertThat(rig.conditionsSeen())
          .containsSubsequence(
              PrinterCondition.READY, PrinterCondition.OFFLINE, PrinterCondition.READY);
    }
  }

  @Test
  void printerThatNeverAnswersStatusIsOfflineAndGetsNoTicket() throws Exception {
    try (PrinterRig rig = PrinterRig.start(dir)) {
      rig.virtualPrinter().controls().silent(true);
      rig.awaitCondition(PrinterCondition.OFFLINE);

      PrintResult unanswered = rig.print("A");
      rig.virtualPrinter().controls().silent(false);
      rig.awaitCondition(PrinterCondition.READY);
      PrintResult next = rig.print("B");

      assertThat(unanswered.printed()).isFalse();
      assertThat(unanswered.status().online()).isFalse();
      assertThat(next.printed()).isTrue();
      assertThat(rig.completeTicketsAfterWaitingFor(1)).containsExactly("B");
    }
  }

  @Test
  void printerAnsweringTooLateCountsAsOffline() throws Exception {
    try (PrinterRig rig = PrinterRig.start(dir)) {
      rig.virtualPrinter().controls().answerDelay(Duration.ofMillis(600));
      rig.awaitCondition(PrinterCondition.OFFLINE);

      PrintResult late = rig.print("A");
      rig.virtualPrinter().controls().answerDelay(Duration.ZERO);
      rig.awaitCondition(PrinterCondition.READY);

      assertThat(late.printed()).isFalse();
      assertThat(rig.print("B").printed()).isTrue();
      assertThat(rig.completeTicketsAfterWaitingFor(1)).containsExactly("B");
    }
  }

  @Test
  void floodOfGarbageIsOfflineAndPrintingResumesWhenItStops() throws Exception {
    try (PrinterRig rig = PrinterRig.start(dir)) {
      rig.virtualPrinter().controls().garbage(true);
      rig.awaitCondition(PrinterCondition.OFFLINE);

      PrintResult garbled = rig.print("A");
      rig.virtualPrinter().controls().garbage(false);
      rig.awaitCondition(PrinterCondition.READY);
      PrintResult next = rig.print("B");

      assertThat(garbled.printed()).isFalse();
      assertThat(next.printed()).isTrue();
      assertThat(rig.completeTicketsAfterWaitingFor(1)).containsExactly("B");
    }
  }

  @Test
  void coverOpenAndCutterJamAreReportedAsSuch() throws Exception {
    try (PrinterRig rig = PrinterRig.start(dir)) {
      rig.virtualPrinter().controls().coverOpen(true);
      rig.awaitCondition(PrinterCondition.COVER_OPEN);
      rig.virtualPrinter().controls().coverOpen(false).cutterJammed(true);
      rig.awaitCondition(PrinterCondition.CUTTER_ERROR);
      rig.virtualPrinter().controls().cutterJammed(false).paperNearEnd(true);
      rig.awaitCondition(PrinterCondition.PAPER_NEAR_END);

      assertThat(rig.print("A").printed()).isTrue();
    }
  }

  @Test
  void printReturnsAtOnceWhileThePrinterIsStillAnswering() throws Exception {
    try (PrinterRig rig = PrinterRig.start(dir)) {
      rig.virtualPrinter().controls().answerDelay(Duration.ofMillis(50));

      CompletableFuture<PrintResult> pending = rig.printer().print(PrinterRig.ticket("A"));

      assertThat(pending).isNotDone();
      assertThat(pending.get().printed()).isTrue();
    }
  }
}
