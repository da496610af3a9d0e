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
import nl.zuil.ledger.aggregate.Bucket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Nog een vraag": one visit, several questions, each counted once under its own codes. */
class FurtherQuestionsTest {

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
  void aVisitorWithWorkAndDebtQuestionsCountsOneVisitTwoQuestions() {
    Ticket ticket = finished("find_work", "answered", null);

    int questions =
        desk.addQuestion(
            ticket.number(), "money_debt", "benefit", "referred", "municipality_debt_help");
    fixture.ledger.aggregator().refresh();

    assertThat(questions).isEqualTo(2);
    List<Bucket> day = fixture.ledger.buckets().between(DAY, DAY);
    assertThat(day.stream().mapToInt(Bucket::visits).sum()).isEqualTo(1);
    assertThat(day.stream().mapToInt(Bucket::questions).sum()).isEqualTo(2);
    assertThat(day)
        .filteredOn(b -> b.key().questionCode().equals("money_debt"))
        .singleElement()
        .satisfies(
            debt -> {
              assertThat(debt.visits()).isZero();
              assertThat(debt.questions()).isEqualTo(1);
              assertThat(debt.key().situationCode()).isEqualTo("benefit");
              assertThat(debt.key().outcomeCode()).isEqualTo("referred");
              assertThat(debt.key().partnerCode()).isEqualTo("municipality_debt_help");
              assertThat(debt.key().hour()).as("the visit's own hour").isEqualTo(9);
              assertThat(debt.waitTimes().total()).as("times belong to the visit").isZero();
            });
    assertThat(fixture.ledger.facts().storedVisits()).isEqualTo(1);
  }

  @Test
  void everyVisitCountsItsFirstQuestion() {
    fixture.issue("find_work");
    finished("learning", "answered", null);
    fixture.ledger.aggregator().refresh();

    assertThat(fixture.ledger.buckets().between(DAY, DAY))
        .allSatisfy(b -> assertThat(b.questions()).isEqualTo(b.visits()));
  }

  @Test
  void nothingIsCountedTwiceAcrossRevisions() {
    Ticket ticket = finished("find_work", "answered", null);
    fixture.ledger.aggregator().refresh();
    long before = fixture.ledger.buckets().latestRevision();

    desk.addQuestion(ticket.number(), "find_work", null, "answered", null);
    desk.addQuestion(ticket.number(), "money_debt", null, "answered", null);
    fixture.ledger.aggregator().refresh();
    fixture.ledger.aggregator().rebuild();

    List<Bucket> changed = fixture.ledger.buckets().changedSince(before, 100);
    assertThat(changed)
        .as("the work bucket is replaced by its new revision, the debt one is new")
        .extracting(b -> b.key().questionCode() + " " + b.visits() + "/" + b.questions())
        .containsExactlyInAnyOrder("find_work 1/2", "money_debt 0/1");
    List<Bucket> day = fixture.ledger.buckets().between(DAY, DAY);
    assertThat(day.stream().mapToInt(Bucket::visits).sum()).isEqualTo(1);
    assertThat(day.stream().mapToInt(Bucket::questions).sum()).isEqualTo(3);
  }

  @Test
  void aFurtherQuestionNeedsTheFirstOutcomeFirst() {
    Ticket waiting = fixture.issue("find_work");

    assertThatThrownBy(
            () -> desk.addQuestion(waiting.number(), "money_debt", null, "answered", null))
        .isInstanceOfSatisfying(
            TicketRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FINISHED));
    assertThat(desk.questionsOf(waiting.number())).isEqualTo(1);
  }

  @Test
  void unknownCodesAndAMissingPartnerChangeNothing() {
    Ticket ticket = finished("find_work", "answered", null);

    assertThatThrownBy(() -> desk.addQuestion(ticket.number(), "lottery", null, "answered", null))
        .hasMessageContaining("lottery");
    assertThatThrownBy(
            () -> desk.addQuestion(ticket.number(), "money_debt", null, "referred", null))
        .isInstanceOfSatisfying(
            TicketRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.PARTNER_REQUIRED));
    assertThat(desk.questionsOf(ticket.number())).isEqualTo(1);
  }

  @Test
  void aVisitHoldsAtMostTenQuestions() {
    Ticket ticket = finished("find_work", "answered", null);
    for (int i = 2; i <= TicketDesk.MAX_QUESTIONS; i++) {
      desk.addQuestion(ticket.number(), "learning", null, "answered", null);
    }

    assertThatThrownBy(() -> desk.addQuestion(ticket.number(), "learning", null, "answered", null))
        .isInstanceOfSatisfying(
            TicketRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_QUESTIONS));
    assertThat(desk.questionsOf(ticket.number())).isEqualTo(TicketDesk.MAX_QUESTIONS);
  }

  @Test
  void yesterdaysVisitTakesNoFurtherQuestion() {
    Ticket ticket = finished("find_work", "answered", null);
    fixture.clock.set("2026-11-24T09:00");

    assertThatThrownBy(
            () -> desk.addQuestion(ticket.reference(), "learning", null, "answered", null))
        .hasMessageContaining("not today");
  }

  @Test
  void purgedVisitsKeepTheirQuestionCounts() {
    Ticket ticket = finished("find_work", "answered", null);
    desk.addQuestion(ticket.number(), "money_debt", null, "answered", null);
    fixture.clock.set("2027-03-01T09:00");

    fixture.ledger.retention().purgeOlderThan(90);
    fixture.ledger.aggregator().rebuild();

    List<Bucket> day = fixture.ledger.buckets().between(DAY, DAY);
    assertThat(day.stream().mapToInt(Bucket::visits).sum()).isEqualTo(1);
    assertThat(day.stream().mapToInt(Bucket::questions).sum()).isEqualTo(2);
  }

  private Ticket finished(String question, String outcome, String partner) {
    Ticket ticket = fixture.issue(question);
    desk.call(ticket.number(), "balie-1");
    fixture.clock.advanceMinutes(5);
    return desk.recordOutcome(ticket.number(), outcome, partner);
  }
}
