package nl.zuil.ledger.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.zuil.ledger.LedgerFixture;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.TicketRefusedException;
import nl.zuil.ledger.TicketRefusedException.Reason;
import nl.zuil.ledger.TicketState;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketDeskTest {

  @TempDir Path dir;
  LedgerFixture fixture;
  TicketDesk desk;

  @BeforeEach
  void open() throws Exception {
    fixture = new LedgerFixture(dir, "2026-11-23T23:50");
    desk = fixture.ledger.desk();
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void theLongestWaitingTicketIsOnTopAndMidnightWipesNothing() {
    Ticket lateEvening = fixture.issue("find_work");
    fixture.clock.set("2026-11-24T00:05");
    Ticket afterMidnight = fixture.issue("learning");

    assertThat(desk.waiting())
        .extracting(Ticket::number)
        .containsExactly(lateEvening.number(), afterMidnight.number());
    assertThat(afterMidnight.number()).isEqualTo("L-001");
  }

  @Test
  void callsByTypedNumberOrByTheReferenceFromTheQr() {
    Ticket first = fixture.issue("find_work");
    Ticket second = fixture.issue("learning");

    Ticket byNumber = desk.call("w1", "balie-1");
    Ticket byReference = desk.call(second.reference().toLowerCase(), "balie-2");

    assertThat(byNumber.reference()).isEqualTo(first.reference());
    assertThat(byNumber.state()).isEqualTo(TicketState.CALLED);
    assertThat(byNumber.deskCode()).isEqualTo("balie-1");
    assertThat(byNumber.calledAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 23, 50));
    assertThat(byReference.number()).isEqualTo("L-002");
    assertThat(desk.waiting()).isEmpty();
    assertThat(desk.called()).extracting(Ticket::number).containsExactly("L-002", "W-001");
  }

  @Test
  void callNextTakesTheLongestWaiting() {
    fixture.issue("find_work");
    fixture.clock.advanceMinutes(1);
    fixture.issue("learning");

    assertThat(desk.callNext("balie-1")).map(Ticket::number).contains("W-001");
    assertThat(desk.callNext("balie-1")).map(Ticket::number).contains("L-002");
    assertThat(desk.callNext("balie-1")).isEmpty();
  }

  @Test
  void refusesOutcomeBeforeCall() {
    Ticket ticket = fixture.issue("find_work");

    assertRefused(() -> desk.recordOutcome(ticket.number(), "answered", null), Reason.NOT_CALLED);
    assertThat(desk.find(ticket.reference())).map(Ticket::state).contains(TicketState.WAITING);
  }

  @Test
  void refusesASecondOutcome() {
    Ticket ticket = fixture.issue("find_work");
    desk.call(ticket.number(), "balie-1");
    desk.recordOutcome(ticket.number(), "answered", null);

    assertRefused(
        () -> desk.recordOutcome(ticket.reference(), "referred", "uwv"), Reason.ALREADY_FINISHED);
    assertThat(desk.find(ticket.reference())).map(Ticket::outcomeCode).contains("answered");
  }

  @Test
  void aReferralNamesItsPartnerAndAnAnswerNamesNone() {
    Ticket referred = fixture.issue("money_debt");
    Ticket answered = fixture.issue("find_work");
    desk.call(referred.number(), "balie-1");
    desk.call(answered.number(), "balie-2");

    assertRefused(
        () -> desk.recordOutcome(referred.number(), "referred", null), Reason.PARTNER_REQUIRED);
    assertRefused(
        () -> desk.recordOutcome(answered.number(), "answered", "uwv"), Reason.PARTNER_NOT_ALLOWED);
    assertRefused(
        () -> desk.recordOutcome(referred.number(), "referred", "bank"), Reason.UNKNOWN_CODE);
    assertRefused(
        () -> desk.recordOutcome(referred.number(), "shrugged", null), Reason.UNKNOWN_CODE);

    Ticket done = desk.recordOutcome(referred.number(), "referred", "municipality_debt_help");
    assertThat(done.state()).isEqualTo(TicketState.DONE);
    assertThat(done.partnerCode()).isEqualTo("municipality_debt_help");
    assertThat(desk.recordOutcome(answered.number(), "answered", null).partnerCode()).isNull();
  }

  @Test
  void anAppointmentMayNameAPartnerOrNot() {
    Ticket withPartner = fixture.issue("learning");
    Ticket without = fixture.issue("learning");
    desk.call(withPartner.number(), "balie-1");
    desk.call(without.number(), "balie-1");

    assertThat(
            desk.recordOutcome(withPartner.number(), "appointment", "learn_work_desk")
                .partnerCode())
        .isEqualTo("learn_work_desk");
    assertThat(desk.recordOutcome(without.number(), "appointment", null).partnerCode()).isNull();
  }

  @Test
  void undoingACallPutsTheTicketBackInItsPlace() {
    Ticket first = fixture.issue("find_work");
    fixture.clock.advanceMinutes(2);
    fixture.issue("learning");
    desk.call(first.number(), "balie-1");

    Ticket undone = desk.undoCall(first.number());

    assertThat(undone.state()).isEqualTo(TicketState.WAITING);
    assertThat(undone.deskCode()).isNull();
    assertThat(desk.waiting()).extracting(Ticket::number).containsExactly("W-001", "L-002");
    assertRefused(() -> desk.undoCall(first.number()), Reason.NOT_CALLED);
  }

  @Test
  void aCalledTicketCannotBeCalledAgainElsewhere() {
    Ticket ticket = fixture.issue("find_work");
    desk.call(ticket.number(), "balie-1");

    assertThatThrownBy(() -> desk.call(ticket.number(), "balie-2"))
        .isInstanceOfSatisfying(
            TicketRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_CALLED))
        .hasMessageContaining("balie-1");
  }

  @Test
  void whenTwoGidsenCallTheSameTicketAtOnceExactlyOneWins() throws Exception {
    for (int round = 0; round < 20; round++) {
      Ticket ticket = fixture.issue("find_work");
      CountDownLatch start = new CountDownLatch(1);
      List<String> winners = Collections.synchronizedList(new ArrayList<>());
      List<Reason> losers = Collections.synchronizedList(new ArrayList<>());
      ExecutorService gidsen = Executors.newFixedThreadPool(2);
      List<Future<?>> calls = new ArrayList<>();
      for (String deskCode : List.of("balie-1", "balie-2")) {
        calls.add(
            gidsen.submit(
                () -> {
                  start.await();
                  try {
                    winners.add(desk.call(ticket.reference(), deskCode).deskCode());
                  } catch (TicketRefusedException e) {
                    losers.add(e.reason());
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> call : calls) {
        call.get();
      }
      gidsen.shutdown();

      assertThat(winners).hasSize(1);
      assertThat(losers).containsExactly(Reason.ALREADY_CALLED);
      assertThat(desk.find(ticket.reference()).orElseThrow().deskCode()).isEqualTo(winners.get(0));
    }
  }

  @Test
  void aReferralCanBeConfirmedOnce() {
    Ticket ticket = fixture.issue("money_debt");
    Ticket answered = fixture.issue("find_work");
    desk.call(ticket.number(), "balie-1");
    desk.call(answered.number(), "balie-1");
    desk.recordOutcome(ticket.number(), "referred", "municipality_debt_help");
    desk.recordOutcome(answered.number(), "answered", null);

    assertThat(desk.confirmReferral(ticket.number()).referralConfirmed()).isTrue();
    assertRefused(() -> desk.confirmReferral(ticket.number()), Reason.ALREADY_CONFIRMED);
    assertRefused(() -> desk.confirmReferral(answered.number()), Reason.NOT_A_REFERRAL);
  }

  @Test
  void anUnknownTicketIsNotFoundAndNothingChanges() {
    fixture.issue("find_work");

    assertThat(desk.find("Z-999")).isEmpty();
    assertThat(desk.find("not a ticket")).isEmpty();
    assertRefused(() -> desk.call("Z-999", "balie-1"), Reason.NOT_FOUND);
    assertRefused(() -> desk.recordOutcome("0000000000", "answered", null), Reason.NOT_FOUND);
    assertThat(desk.waiting()).hasSize(1);
  }

  @Test
  void aNumberNamesTodaysOpenTicketBeforeYesterdaysFinishedOne() {
    Ticket yesterday = fixture.issue("find_work");
    desk.call(yesterday.number(), "balie-1");
    desk.recordOutcome(yesterday.number(), "answered", null);
    fixture.clock.set("2026-11-24T09:00");
    Ticket today = fixture.issue("find_work");

    assertThat(today.number()).isEqualTo(yesterday.number());
    assertThat(desk.call("W-001", "balie-1").reference()).isEqualTo(today.reference());
  }

  @Test
  void finishedOnListsOneDaysOutcomesMostRecentFirst() {
    Ticket yesterday = fixture.issue("find_work");
    desk.call(yesterday.reference(), "balie-1");
    desk.recordOutcome(yesterday.reference(), "answered", null);
    fixture.clock.set("2026-11-24T09:00");
    Ticket referred = fixture.issue("learning");
    Ticket left = fixture.issue("find_work");
    fixture.issue("money_debt");
    desk.call(referred.reference(), "balie-1");
    desk.recordOutcome(referred.reference(), "referred", "uwv");
    fixture.clock.set("2026-11-24T09:10");
    desk.call(left.reference(), "balie-1");
    desk.recordOutcome(left.reference(), "left", null);

    assertThat(desk.finishedOn(LocalDate.parse("2026-11-24")))
        .extracting(Ticket::reference, Ticket::outcomeCode, Ticket::partnerCode)
        .containsExactly(
            Tuple.tuple(left.reference(), "left", null),
            Tuple.tuple(referred.reference(), "referred", "uwv"));
    assertThat(desk.finishedOn(LocalDate.parse("2026-11-23")))
        .extracting(Ticket::reference)
        .containsExactly(yesterday.reference());
  }

  @Test
  void refusesADeskCodeThatIsNotACode() {
    Ticket ticket = fixture.issue("find_work");

    assertThatThrownBy(() -> desk.call(ticket.number(), "Marja's desk"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(desk.find(ticket.number())).map(Ticket::state).contains(TicketState.WAITING);
  }

  private static void assertRefused(Runnable action, Reason reason) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            TicketRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void aMisTappedOutcomeCanBeCorrectedUntilTheEndOfTheDay() {
    Ticket ticket = fixture.issue("find_work");
    desk.call(ticket.number(), "balie-1");
    desk.recordOutcome(ticket.number(), "left", null);
    fixture.ledger.aggregator().refresh();

    Ticket corrected = desk.correctOutcome(ticket.number(), "answered", null);
    desk.correctOutcome(ticket.number(), "referred", "uwv");
    fixture.ledger.aggregator().refresh();

    assertThat(corrected.outcomeCode()).isEqualTo("answered");
    assertThat(desk.find(ticket.reference()))
        .map(t -> t.outcomeCode() + " " + t.partnerCode())
        .contains("referred uwv");
    assertThat(fixture.ledger.buckets().between(ticket.serviceDate(), ticket.serviceDate()))
        .extracting(b -> b.key().outcomeCode(), b -> b.visits(), b -> b.corrections())
        .containsExactlyInAnyOrder(Tuple.tuple("left", 0, 0), Tuple.tuple("referred", 1, 1));

    fixture.clock.set("2026-11-24T00:01");
    assertThatThrownBy(() -> desk.correctOutcome(ticket.reference(), "answered", null))
        .isInstanceOf(TicketRefusedException.class)
        .extracting(e -> ((TicketRefusedException) e).reason())
        .isEqualTo(Reason.CORRECTION_CLOSED);
    assertThat(desk.find(ticket.reference())).map(Ticket::outcomeCode).contains("referred");
  }

  @Test
  void aCorrectionNeedsAFinishedTicketAndADifferentOutcome() {
    Ticket ticket = fixture.issue("find_work");
    assertThatThrownBy(() -> desk.correctOutcome(ticket.number(), "answered", null))
        .extracting(e -> ((TicketRefusedException) e).reason())
        .isEqualTo(Reason.NOT_FINISHED);
    desk.call(ticket.number(), "balie-1");
    desk.recordOutcome(ticket.number(), "referred", "uwv");
    desk.confirmReferral(ticket.number());

    assertThatThrownBy(() -> desk.correctOutcome(ticket.number(), "referred", "uwv"))
        .extracting(e -> ((TicketRefusedException) e).reason())
        .isEqualTo(Reason.UNCHANGED);
    Ticket otherPartner =
        desk.correctOutcome(ticket.number(), "referred", "municipality_work_income");

    assertThat(otherPartner.referralConfirmed())
        .as("the confirmation was for the partner it no longer names")
        .isFalse();
  }

  @Test
  void waitingTicketsOfTodayGetTheNextStepAndYesterdaysAreLeftToTheGids() {
    Ticket yesterday = fixture.issue("find_work");
    fixture.clock.set("2026-11-24T09:00");
    Ticket first = fixture.issue("learning");
    Ticket second = fixture.issue("find_work");
    Ticket called = fixture.issue("find_work");
    desk.call(called.number(), "balie-1");

    List<Ticket> sent = desk.sendWaitingToNextStep(LocalDate.of(2026, 11, 24));

    assertThat(sent).extracting(Ticket::number).containsExactly("L-001", "W-002");
    assertThat(sent).extracting(Ticket::outcomeCode).containsOnly("self_service");
    assertThat(desk.sentToNextStepOn(LocalDate.of(2026, 11, 24)))
        .extracting(Ticket::reference)
        .containsExactly(first.reference(), second.reference());
    assertThat(desk.waiting()).extracting(Ticket::reference).containsExactly(yesterday.reference());
    assertThat(desk.find(called.reference())).map(Ticket::state).contains(TicketState.CALLED);
  }
}
