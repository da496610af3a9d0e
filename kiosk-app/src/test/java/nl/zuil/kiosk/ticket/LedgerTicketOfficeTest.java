package nl.zuil.kiosk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.LedgerOpenException;
import nl.zuil.ledger.TicketRefusedException;
import nl.zuil.ledger.ticket.TicketRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTicketOfficeTest {

  @TempDir Path dir;

  @Test
  void aTicketHandedOutIsAlreadyOnDisk() throws Exception {
    IssuedTicket issued;
    try (KioskFixture kiosk = KioskFixture.direct(dir)) {
      issued =
          kiosk.office.issue(TicketRequest.of("find_work", "ar").withSituation("student")).join();
    }
    try (Ledger reopened =
        Ledger.open(
            dir.resolve("ledger.db"),
            KioskFixture.CATALOGUE,
            new nl.zuil.ledger.KioskIdentity("hengelo-bibliotheek", "zuil-1"),
            java.time.Clock.systemUTC())) {
      assertThat(reopened.desk().find(issued.ticket().reference()))
          .hasValueSatisfying(t -> assertThat(t.situationCode()).isEqualTo("student"));
    }
    assertThat(issued.link()).endsWith("#" + issued.ticket().reference());
  }

  @Test
  void anUnknownCodeFailsTheFutureNotTheCaller() throws Exception {
    try (KioskFixture kiosk = KioskFixture.direct(dir)) {
      assertThatThrownBy(
              () -> kiosk.office.issue(TicketRequest.of("no_such_question", "nl")).join())
          .isInstanceOf(CompletionException.class)
          .hasCauseInstanceOf(TicketRefusedException.class);
    }
  }

  @Test
  void aLedgerThreadThatHasStoppedFailsTheFuture() throws LedgerOpenException, Exception {
    try (KioskFixture kiosk = KioskFixture.direct(dir)) {
      ExecutorService stopped = Executors.newSingleThreadExecutor();
      stopped.shutdown();
      LedgerTicketOffice office =
          new LedgerTicketOffice(
              kiosk.ledger,
              new WaitEstimator(kiosk.ledger, kiosk.clock),
              kiosk.printer,
              kiosk.documents,
              kiosk.office.nextSteps(),
              stopped,
              kiosk.clock);

      assertThat(office.issue(TicketRequest.of("find_work", "nl"))).isCompletedExceptionally();
      assertThat(kiosk.visits()).isZero();
    }
  }

  @Test
  void aPrinterOutOfPaperAnswersNotPrintedAndPrintsNothingLater() throws Exception {
    try (KioskFixture kiosk = KioskFixture.direct(dir)) {
      kiosk.printer.paperOut();
      IssuedTicket issued = kiosk.office.issue(TicketRequest.of("find_work", "nl")).join();

      PrintResult result = kiosk.office.print(issued).join();
      kiosk.printer.ready();

      assertThat(result.printed()).isFalse();
      assertThat(result.status().paperOut()).isTrue();
      assertThat(kiosk.printer.printed()).isEmpty();
    }
  }
}
