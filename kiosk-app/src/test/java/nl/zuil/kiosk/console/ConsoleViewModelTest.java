package nl.zuil.kiosk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import nl.zuil.catalogue.Outcome;
import nl.zuil.catalogue.Partner;
import nl.zuil.kiosk.console.ConsoleViewModel.Step;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig.Desk;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.TicketState;
import nl.zuil.ledger.ticket.TicketRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's console screen without a stage. The ledger thread is a queue the test runs by hand,
 * so it can tap again while an action is still on its way.
 */
class ConsoleViewModelTest {

  static final Desk BALIE_1 = new Desk("balie-1", "Balie 1");

  @TempDir Path dir;
  KioskFixture kiosk;
  final Queue<Runnable> ledgerThread = new ArrayDeque<>();
  ConsoleService service;
  ConsoleViewModel console;

  @BeforeEach
  void open() {
    kiosk = KioskFixture.direct(dir);
    Executor queued = ledgerThread::add;
    service =
        new ConsoleService(
            kiosk.ledger,
            KioskFixture.CATALOGUE,
            queued,
            kiosk.clock,
            code -> code.equals("balie-1") ? "Balie 1" : "Balie 2",
            kiosk.printer::status,
            Optional.empty(),
            PartnerOrder::asInCatalogue,
            kiosk.presence);
    console = new ConsoleViewModel(service, BALIE_1, Runnable::run);
  }

  @AfterEach
  void close() {
    kiosk.close();
  }

  /** Lets the ledger thread do everything asked of it so far. */
  private void ledgerWorks() {
    while (!ledgerThread.isEmpty()) {
      ledgerThread.poll().run();
    }
  }

  private Ticket issue(String question) {
    Ticket ticket = kiosk.ledger.tickets().issue(TicketRequest.of(question, "nl"));
    service.changed();
    ledgerWorks();
    return ticket;
  }

  private Outcome outcome(String code) {
    return console.outcomes().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
  }

  private Partner partner(String code) {
    return console.partnerChoices().stream()
        .filter(p -> p.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private Ticket stored(Ticket ticket) {
    return kiosk.ledger.desk().find(ticket.reference()).orElseThrow();
  }

  @Test
  void openingShowsTheQueueAndTheCounts() {
    issue("find_work");
    console.open();
    ledgerWorks();

    assertThat(console.waiting()).extracting(TicketRow::number).containsExactly("W-001");
    assertThat(console.countsProperty().get())
        .isEqualTo("Vandaag: 1 bezoekers · 1 wachtend · 0 opgeroepen · 0 afgerond");
    assertThat(console.printerProperty().get().text()).isEqualTo("Printer: klaar");
    assertThat(console.stepProperty().get()).isEqualTo(Step.NONE);
  }

  @Test
  void aVisitHandedOnKeepsItsPlaceAndItsNextQuestionIsRecordedAtAnotherDesk() {
    Ticket ticket = issue("find_work");
    issue("learning");
    console.open();
    ConsoleViewModel other =
        new ConsoleViewModel(service, new Desk("balie-2", "Balie 2"), Runnable::run);
    other.open();
    ledgerWorks();
    console.callNext();
    ledgerWorks();
    console.choose(outcome("answered"));
    ledgerWorks();

    console.handOn();
    ledgerWorks();

    assertThat(console.messageProperty().get()).startsWith("W-001 is doorgegeven");
    assertThat(console.lastFinishedProperty().get()).isNull();
    assertThat(other.waiting())
        .extracting(TicketRow::number, TicketRow::when)
        .first()
        .isEqualTo(tuple("W-001", "doorgegeven door Balie 1"));
    assertThat(other.waiting()).extracting(TicketRow::number).containsExactly("W-001", "L-002");

    other.callNext();
    ledgerWorks();
    assertThat(other.messageProperty().get()).isEqualTo("W-001 is opgeroepen naar Balie 2.");
    assertThat(other.stepProperty().get())
        .as("a further question of the same visit")
        .isEqualTo(Step.QUESTION);
    other.chooseQuestion(
        other.questionTypes().stream()
            .filter(q -> q.code().equals("money_debt"))
            .findFirst()
            .orElseThrow());
    other.choose(outcome("answered"));
    ledgerWorks();

    assertThat(kiosk.ledger.desk().questionsOf(ticket.reference())).isEqualTo(2);
    assertThat(stored(ticket).outcomeCode()).as("the first outcome is kept").isEqualTo("answered");
    assertThat(other.messageProperty().get())
        .isEqualTo("W-001: vraag 2 is vastgelegd. Het blijft één bezoek.");
    assertThat(other.waiting()).extracting(TicketRow::number).containsExactly("L-002");
  }

  @Test
  void aReferralTakesTwoTaps() {
    Ticket ticket = issue("find_work");
    console.callNext();
    ledgerWorks();
    assertThat(console.stepProperty().get()).isEqualTo(Step.OUTCOME);
    assertThat(console.currentProperty().get().number()).isEqualTo("W-001");
    assertThat(console.messageProperty().get()).isEqualTo("W-001 is opgeroepen naar Balie 1.");

    console.choose(outcome("referred"));
    assertThat(console.stepProperty().get()).isEqualTo(Step.PARTNER);
    assertThat(console.partnerChoices())
        .extracting(Partner::code)
        .containsExactlyElementsOf(
            KioskFixture.CATALOGUE.partners().stream().map(Partner::code).toList());
    console.choosePartner(partner("uwv"));
    ledgerWorks();

    assertThat(stored(ticket).outcomeCode()).isEqualTo("referred");
    assertThat(stored(ticket).partnerCode()).isEqualTo("uwv");
    assertThat(console.stepProperty().get()).isEqualTo(Step.NONE);
    assertThat(console.currentProperty().get()).isNull();
    assertThat(console.messageProperty().get())
        .isEqualTo("W-001 is afgerond: Doorverwezen (warme overdracht) – UWV.");
    assertThat(console.referrals()).extracting(TicketRow::number).containsExactly("W-001");
  }

  @Test
  void answeredTakesOneTapAndLeftIsRecordedOnlyAfterTheGidsConfirms() {
    Ticket answered = issue("find_work");
    Ticket left = issue("learning");
    console.callNext();
    ledgerWorks();
    console.choose(outcome("answered"));
    ledgerWorks();
    console.callNext();
    ledgerWorks();
    console.choose(outcome("left"));
    ledgerWorks();

    assertThat(stored(answered).outcomeCode()).isEqualTo("answered");
    assertThat(stored(left).state()).isEqualTo(TicketState.CALLED);
    assertThat(console.stepProperty().get()).isEqualTo(Step.CONFIRM);
    console.back();
    assertThat(console.stepProperty().get()).isEqualTo(Step.OUTCOME);

    console.choose(outcome("left"));
    console.confirmChoice();
    ledgerWorks();

    assertThat(stored(left).outcomeCode()).isEqualTo("left");
    assertThat(console.stepProperty().get()).isEqualTo(Step.NONE);
  }

  @Test
  void aMisTappedOutcomeCanBeCorrectedUntilTheEndOfTheDay() {
    Ticket ticket = issue("find_work");
    console.callNext();
    ledgerWorks();
    console.choose(outcome("left"));
    console.confirmChoice();
    ledgerWorks();
    assertThat(console.finished()).extracting(TicketRow::number).containsExactly("W-001");

    console.correct(console.finished().get(0));
    console.choose(outcome("referred"));
    console.choosePartner(partner("uwv"));
    ledgerWorks();

    assertThat(stored(ticket).outcomeCode()).isEqualTo("referred");
    assertThat(stored(ticket).partnerCode()).isEqualTo("uwv");
    assertThat(console.messageProperty().get())
        .isEqualTo("W-001 is gewijzigd: Doorverwezen (warme overdracht) – UWV.");
    assertThat(console.outcomeCountsProperty().get())
        .as("the correction replaced the count, it did not add one")
        .startsWith(
            "Vraag beantwoord 0 · Doorverwezen (warme overdracht) 1 · Afspraak gemaakt 0"
                + " · Weggegaan zonder hulp 0");
    assertThat(console.stepProperty().get()).isEqualTo(Step.NONE);

    kiosk.clock.set("2026-11-24T00:01");
    service.changed();
    ledgerWorks();
    assertThat(console.finished()).as("a new day: nothing left to correct").isEmpty();
    CompletableFuture<ConsoleAnswer> answer = service.correct(ticket.reference(), "answered", null);
    ledgerWorks();
    ConsoleAnswer late = answer.join();
    assertThat(late.done()).isFalse();
    assertThat(late.message())
        .isEqualTo(
            "W-001 is afgerond op een eerdere dag. Een uitkomst wijzigen kan alleen op de dag"
                + " zelf. Er is niets veranderd.");
    assertThat(stored(ticket).outcomeCode()).isEqualTo("referred");
  }

  @Test
  void anAppointmentMayBeRecordedWithoutAPartnerAndBackUndoesTheFirstTap() {
    Ticket ticket = issue("learning");
    console.callNext();
    ledgerWorks();

    console.choose(outcome("appointment"));
    console.back();
    assertThat(console.stepProperty().get()).isEqualTo(Step.OUTCOME);
    assertThat(stored(ticket).state()).isEqualTo(TicketState.CALLED);

    console.choose(outcome("appointment"));
    console.withoutPartner();
    ledgerWorks();

    assertThat(stored(ticket).outcomeCode()).isEqualTo("appointment");
    assertThat(stored(ticket).partnerCode()).isNull();
  }

  @Test
  void aReferralCannotBeRecordedWithoutAPartner() {
    Ticket ticket = issue("find_work");
    console.callNext();
    ledgerWorks();
    console.choose(outcome("referred"));

    console.withoutPartner();
    ledgerWorks();

    assertThat(stored(ticket).state()).isEqualTo(TicketState.CALLED);
    assertThat(console.stepProperty().get()).isEqualTo(Step.PARTNER);
  }

  @Test
  void aDoubleTapOnCallNextCallsOneVisitor() {
    issue("find_work");
    issue("learning");

    console.callNext();
    console.callNext();
    ledgerWorks();

    assertThat(kiosk.ledger.desk().called()).extracting(Ticket::number).containsExactly("W-001");
    assertThat(console.busyProperty().get()).isFalse();
  }

  @Test
  void aScannedLinkInTheNumberFieldCallsTheTicketAndEmptiesTheField() {
    issue("find_work");
    Ticket scanned = issue("find_work");
    console
        .typedProperty()
        .set("https://www.werkcentrum.example/vraag/werk-zoeken#" + scanned.reference());

    console.callTyped();
    ledgerWorks();

    assertThat(console.currentProperty().get().number()).isEqualTo("W-002");
    assertThat(console.typedProperty().get()).isEmpty();
  }

  @Test
  void anUnknownNumberKeepsWhatWasTypedAndSaysWhy() {
    issue("find_work");
    console.typedProperty().set("W-099");

    console.callTyped();
    ledgerWorks();

    assertThat(console.currentProperty().get()).isNull();
    assertThat(console.typedProperty().get()).isEqualTo("W-099");
    assertThat(console.messageIsProblemProperty().get()).isTrue();
    assertThat(console.messageProperty().get())
        .isEqualTo("Dit ticket bestaat niet. Controleer het nummer. Er is niets veranderd.");
  }

  @Test
  void whenAnotherGidsFinishesTheTicketItLeavesThisConsole() {
    Ticket ticket = issue("find_work");
    console.call(console.waiting().get(0));
    ledgerWorks();
    assertThat(console.currentProperty().get()).isNotNull();

    service.finish(ticket.reference(), "answered", null);
    ledgerWorks();

    assertThat(console.currentProperty().get()).isNull();
    assertThat(console.stepProperty().get()).isEqualTo(Step.NONE);
  }

  @Test
  void aTicketCalledElsewhereCanBeFinishedHere() {
    Ticket ticket = issue("find_work");
    service.call(ticket.reference(), new Desk("balie-2", "Balie 2"));
    ledgerWorks();

    console.select(console.called().get(0));
    console.choose(outcome("answered"));
    ledgerWorks();

    assertThat(stored(ticket).outcomeCode()).isEqualTo("answered");
  }

  @Test
  void putBackEmptiesThePanelAndTheTicketWaitsAgain() {
    Ticket ticket = issue("find_work");
    console.callNext();
    ledgerWorks();

    console.undo();
    ledgerWorks();

    assertThat(console.currentProperty().get()).isNull();
    assertThat(console.waiting())
        .extracting(TicketRow::reference)
        .containsExactly(ticket.reference());
  }
}
