package nl.zuil.ledger.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.zuil.ledger.LedgerFixture;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.TicketRefusedException;
import nl.zuil.ledger.TicketRefusedException.Reason;
import nl.zuil.ledger.TicketState;
import nl.zuil.ledger.aggregate.Bucket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Doorgeven": a visit handed on to another desk keeps its place and stays one visit. */
class HandingOnTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  @TempDir Path dir;
  LedgerFixture fixture;
  TicketDesk desk;

  @BeforeEach
  void open() throws Exception {
    fixture = new LedgerFixture(dir, "2026-11-23T09:05");
    desk = fixture.ledger.desk();
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void aHandedOnTicketKeepsItsPlaceInTheQueue() {
    Ticket first = fixture.issue("find_work");
    fixture.clock.advanceMinutes(1);
    Ticket second = fixture.issue("learning");
    fixture.clock.advanceMinutes(1);
    Ticket third = fixture.issue("money_debt");
    desk.call(first.number(), "balie-1");
    desk.recordOutcome(first.number(), "answered", null);

    Ticket handedOn = desk.handOn(first.number());

    assertThat(handedOn.handedOn()).isTrue();
    assertThat(handedOn.outcomeCode()).as("its first outcome is kept").isEqualTo("answered");
    assertThat(desk.waiting())
        .extracting(Ticket::number)
        .containsExactly(first.number(), second.number(), third.number());
    Ticket called = desk.callNext("balie-2").orElseThrow();
    assertThat(called.number()).isEqualTo(first.number());
    assertThat(called.handedOn()).isFalse();
    assertThat(desk.waiting())
        .extracting(Ticket::number)
        .containsExactly(second.number(), third.number());
    assertThat(desk.callNext("balie-2").orElseThrow().number()).isEqualTo(second.number());
  }

  @Test
  void aHandedOnVisitCountsOneVisitTwoQuestions() {
    Ticket ticket = finished("find_work");
    fixture.ledger.aggregator().refresh();
    long before = fixture.ledger.buckets().latestRevision();

    desk.handOn(ticket.number());
    fixture.ledger.aggregator().refresh();
    Ticket again = desk.call(ticket.number(), "balie-2");
    desk.addQuestion(again.reference(), "money_debt", null, "answered", null);
    fixture.ledger.aggregator().refresh();
    fixture.ledger.aggregator().rebuild();

    assertThat(again.state()).as("still one finished visit").isEqualTo(TicketState.DONE);
    List<Bucket> day = fixture.ledger.buckets().between(DAY, DAY);
    assertThat(day.stream().mapToInt(Bucket::visits).sum()).isEqualTo(1);
    assertThat(day.stream().mapToInt(Bucket::questions).sum()).isEqualTo(2);
    assertThat(day)
        .filteredOn(b -> b.key().questionCode().equals("find_work"))
        .singleElement()
        .satisfies(work -> assertThat(work.key().outcomeCode()).isEqualTo("answered"));
    assertThat(fixture.ledger.buckets().changedSince(before, 100))
        .as("the debt question is new; the visit's own bucket is unchanged")
        .extracting(b -> b.key().questionCode() + " " + b.visits() + "/" + b.questions())
        .containsExactly("money_debt 0/1");
  }

  @Test
  void aTicketWithoutAnOutcomeIsNotHandedOn() {
    Ticket waiting = fixture.issue("find_work");
    Ticket called = fixture.issue("learning");
    desk.call(called.number(), "balie-1");

    for (Ticket ticket : List.of(waiting, called)) {
      assertThatThrownBy(() -> desk.handOn(ticket.number()))
          .isInstanceOfSatisfying(
              TicketRefusedException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FINISHED))
          .hasMessageContaining("no outcome yet");
    }
    assertThat(desk.find(waiting.number()).orElseThrow()).isEqualTo(waiting);
    assertThat(desk.find(called.number()).orElseThrow().state()).isEqualTo(TicketState.CALLED);
    assertThat(desk.waiting()).extracting(Ticket::number).containsExactly(waiting.number());
  }

  @Test
  void yesterdaysVisitIsNotHandedOn() {
    Ticket ticket = finished("find_work");
    fixture.clock.set("2026-11-24T09:00");

    assertThatThrownBy(() -> desk.handOn(ticket.reference())).hasMessageContaining("not today");
    assertThat(desk.find(ticket.reference()).orElseThrow().handedOn()).isFalse();
    assertThat(desk.waiting()).isEmpty();
  }

  @Test
  void aVisitIsHandedOnOnceAtATime() {
    Ticket ticket = finished("find_work");
    desk.handOn(ticket.number());

    assertThatThrownBy(() -> desk.handOn(ticket.number()))
        .isInstanceOfSatisfying(
            TicketRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_HANDED_ON));
    assertThat(desk.waiting()).hasSize(1);
  }

  @Test
  void endingTheDayStopsAHandedOnVisitWaiting() {
    Ticket ticket = finished("find_work");
    desk.handOn(ticket.number());

    desk.sendWaitingToNextStep(DAY);

    assertThat(desk.waiting()).isEmpty();
    assertThat(desk.find(ticket.reference()).orElseThrow().outcomeCode()).isEqualTo("answered");
  }

  private Ticket finished(String question) {
    Ticket ticket = fixture.issue(question);
    desk.call(ticket.number(), "balie-1");
    fixture.clock.advanceMinutes(5);
    return desk.recordOutcome(ticket.number(), "answered", null);
  }
}
