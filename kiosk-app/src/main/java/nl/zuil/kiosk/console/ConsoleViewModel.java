package nl.zuil.kiosk.console;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.zuil.catalogue.Outcome;
import nl.zuil.catalogue.Partner;
import nl.zuil.catalogue.PartnerRule;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.catalogue.presence.PresenceOverride;
import nl.zuil.kiosk.text.ConsoleTexts;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig.Desk;
import nl.zuil.regionapi.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gids console on the kiosk's own screen: the queue, the ticket this gids is helping, and the
 * two taps that record what happened. Holds no node; {@code ConsoleView} binds to it. Every action
 * goes to the {@link ConsoleService}; answers and new boards arrive through {@code fx}.
 */
public final class ConsoleViewModel {

  /** Where the gids is with the ticket in front of them. */
  public enum Step {
    /** Nobody called at this console yet, or the last one is finished. */
    NONE,
    /** A ticket is called: call again, put back, or choose what happened. */
    OUTCOME,
    /** "Doorverwezen" or "Afspraak" tapped: choose the partner (the second tap). */
    PARTNER,
    /** "Weggegaan zonder hulp" tapped: asked once more before it is recorded (decision 1004). */
    CONFIRM,
    /** "Nog een vraag" tapped after an outcome: choose what the further question is about. */
    QUESTION
  }

  /** Where the gids is with a contact without a ticket (decision 1003): three taps. */
  public enum ContactStep {
    CLOSED,
    CHANNEL,
    QUESTION,
    OUTCOME,
    PARTNER
  }

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleViewModel.class);

  private final ConsoleService service;
  private final Desk desk;
  private final Executor fx;
  private final ScreenTexts texts;

  private final ObservableList<TicketRow> waiting = FXCollections.observableArrayList();
  private final ObservableList<TicketRow> called = FXCollections.observableArrayList();
  private final ObservableList<TicketRow> referrals = FXCollections.observableArrayList();
  private final ObservableList<TicketRow> finished = FXCollections.observableArrayList();
  private final ObservableList<Partner> partnerChoices = FXCollections.observableArrayList();
  // One read-only view of each list for the view's lifetime: a view made per call would only be
  // held weakly by its source list, and listeners on it would stop hearing changes once collected.
  private final ObservableList<TicketRow> waitingView =
      FXCollections.unmodifiableObservableList(waiting);
  private final ObservableList<TicketRow> calledView =
      FXCollections.unmodifiableObservableList(called);
  private final ObservableList<TicketRow> referralsView =
      FXCollections.unmodifiableObservableList(referrals);
  private final ObservableList<TicketRow> finishedView =
      FXCollections.unmodifiableObservableList(finished);
  private final ObservableList<Partner> partnerChoicesView =
      FXCollections.unmodifiableObservableList(partnerChoices);
  private final ReadOnlyObjectWrapper<TicketRow> current = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.NONE);
  private final ReadOnlyObjectWrapper<Outcome> pendingOutcome = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper correcting = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper messageIsProblem = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper presenceLine = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper leavingQuestion = new ReadOnlyStringWrapper("");
  private final Runnable unsubscribe;
  private final ReadOnlyStringWrapper outcomeCounts = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<PrinterLine> printer = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<SyncLine> sync = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<String> disk = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final StringProperty typed = new SimpleStringProperty("");
  // The visit this gids last finished, which can take a further question (decision 1006), and
  // that question's type while the gids records it; null when none.
  private final ReadOnlyObjectWrapper<TicketRow> lastFinished = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<QuestionType> furtherQuestion = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ContactStep> contactStep =
      new ReadOnlyObjectWrapper<>(ContactStep.CLOSED);
  private final ReadOnlyObjectWrapper<Channel> contactChannel = new ReadOnlyObjectWrapper<>();
  private final StringProperty contactPeople = new SimpleStringProperty("");
  private final ObservableList<Partner> contactPartners = FXCollections.observableArrayList();
  private final ObservableList<Partner> contactPartnersView =
      FXCollections.unmodifiableObservableList(contactPartners);
  private String contactQuestion;
  private Outcome contactOutcome;

  /**
   * @param desk the desk this console calls visitors to
   * @param fx where answers and boards are applied (the JavaFX thread)
   */
  public ConsoleViewModel(ConsoleService service, Desk desk, Executor fx) {
    this.service = service;
    this.desk = desk;
    this.fx = fx;
    this.texts = service.texts();
    this.unsubscribe = service.onBoard(board -> fx.execute(() -> apply(board)));
  }

  /** Stops following the board: this console's screen is being replaced. */
  public void close() {
    unsubscribe.run();
  }

  /** Shows the board as it is now; call when the console opens. */
  public void open() {
    message.set("");
    service.board();
  }

  public void callNext() {
    run(() -> service.callNext(desk), this::calledAnswer);
  }

  /** The number field's Enter or "Roep op": a typed number or a scanned QR link. */
  public void callTyped() {
    String text = typed.get();
    run(
        () -> service.call(text, desk),
        answer -> {
          if (answer.done()) {
            typed.set("");
          }
          calledAnswer(answer);
        });
  }

  /** A tap on a waiting ticket. */
  public void call(TicketRow row) {
    run(() -> service.call(row.reference(), desk), this::calledAnswer);
  }

  /** A tap on a ticket that is already called (here or at another desk): finish it here. */
  public void select(TicketRow calledRow) {
    lastFinished.set(null);
    furtherQuestion.set(null);
    current.set(calledRow);
    correcting.set(false);
    pendingOutcome.set(null);
    step.set(Step.OUTCOME);
    message.set("");
  }

  /**
   * "Uitkomst wijzigen" on a ticket finished today: the outcome buttons now replace its outcome
   * instead of recording a first one.
   */
  public void correct(TicketRow finishedRow) {
    current.set(finishedRow);
    correcting.set(true);
    pendingOutcome.set(null);
    step.set(Step.OUTCOME);
    message.set("");
  }

  public void recall() {
    TicketRow row = current.get();
    if (row != null) {
      run(() -> service.recall(row.reference()), this::show);
    }
  }

  public void undo() {
    TicketRow row = current.get();
    if (row != null) {
      run(() -> service.undo(row.reference()), this::finishedAnswer);
    }
  }

  /**
   * The first tap on what happened: an outcome without a partner is recorded at once, one with a
   * partner asks for it (the second tap).
   */
  public void choose(Outcome outcome) {
    TicketRow row = current.get();
    if (row == null || step.get() != Step.OUTCOME || busy.get()) {
      return;
    }
    if (ConsoleService.asksConfirmation(outcome)) {
      pendingOutcome.set(outcome);
      step.set(Step.CONFIRM);
      message.set("");
      return;
    }
    QuestionType further = furtherQuestion.get();
    if (outcome.partner() == PartnerRule.NONE) {
      record(row, outcome, null);
      return;
    }
    pendingOutcome.set(outcome);
    partnerChoices.setAll(
        service.partnersFor(
            further != null ? further.code() : row.questionCode(), row.situationCode()));
    step.set(Step.PARTNER);
    message.set("");
  }

  public void choosePartner(Partner partner) {
    finishPending(partner.code());
  }

  /** "Zonder partner", offered only where the partner is optional (an appointment). */
  public void withoutPartner() {
    Outcome outcome = pendingOutcome.get();
    if (outcome != null && outcome.partner() == PartnerRule.OPTIONAL) {
      finishPending(null);
    }
  }

  /** "Ja, vastleggen": the outcome that asked for a confirmation is recorded. */
  public void confirmChoice() {
    TicketRow row = current.get();
    Outcome outcome = pendingOutcome.get();
    if (row != null && outcome != null && step.get() == Step.CONFIRM) {
      record(row, outcome, null);
    }
  }

  public void back() {
    if (step.get() == Step.PARTNER || step.get() == Step.CONFIRM) {
      pendingOutcome.set(null);
      step.set(Step.OUTCOME);
    } else if (step.get() == Step.OUTCOME && furtherQuestion.get() != null) {
      furtherQuestion.set(null);
      step.set(Step.QUESTION);
    } else if (step.get() == Step.QUESTION) {
      clearCurrent();
    }
  }

  /**
   * "Nog een vraag": the visit just finished here takes a further question; the gids chooses its
   * question type, then its outcome as for a first question.
   */
  public void anotherQuestion() {
    TicketRow visit = lastFinished.get();
    if (visit == null || step.get() != Step.NONE || busy.get()) {
      return;
    }
    current.set(visit);
    furtherQuestion.set(null);
    pendingOutcome.set(null);
    step.set(Step.QUESTION);
    message.set("");
  }

  /**
   * "Doorgeven": the visit just finished here waits again, at its original place, for a gids at
   * another desk, who records its next question (decision 1006).
   */
  public void handOn() {
    TicketRow visit = lastFinished.get();
    if (visit == null || step.get() != Step.NONE || busy.get()) {
      return;
    }
    run(
        () -> service.handOn(visit.reference()),
        answer -> {
          show(answer);
          if (answer.done()) {
            lastFinished.set(null);
          }
        });
  }

  /** What the further question is about; next comes its outcome. */
  public void chooseQuestion(QuestionType question) {
    if (step.get() != Step.QUESTION || current.get() == null) {
      return;
    }
    furtherQuestion.set(question);
    step.set(Step.OUTCOME);
  }

  /** The question types a further question or a contact can be about. */
  public List<QuestionType> questionTypes() {
    return service.catalogue().questionTypes();
  }

  private CompletableFuture<ConsoleAnswer> addQuestion(
      TicketRow visit, QuestionType question, Outcome outcome, String partnerCode) {
    // The visitor's situation is the one they tapped at the kiosk: it did not change at the desk.
    return service.addQuestion(
        visit.reference(), question.code(), visit.situationCode(), outcome.code(), partnerCode);
  }

  private void questionAnswer(ConsoleAnswer answer) {
    show(answer);
    if (answer.done()) {
      clearCurrent();
    }
  }

  private void outcomeAnswer(ConsoleAnswer answer) {
    finishedAnswer(answer);
    if (answer.done()) {
      lastFinished.set(answer.ticket());
    }
  }

  public void confirm(TicketRow referral) {
    run(() -> service.confirmReferral(referral.reference()), this::show);
  }

  private void finishPending(String partnerCode) {
    TicketRow row = current.get();
    Outcome outcome = pendingOutcome.get();
    if (row == null || outcome == null || step.get() != Step.PARTNER) {
      return;
    }
    record(row, outcome, partnerCode);
  }

  /**
   * Records the outcome: a further question's, the replacement of a finished ticket's while the
   * gids corrects it, or the ticket's first.
   */
  private void record(TicketRow row, Outcome outcome, String partnerCode) {
    QuestionType further = furtherQuestion.get();
    if (further != null) {
      run(() -> addQuestion(row, further, outcome, partnerCode), this::questionAnswer);
    } else if (correcting.get()) {
      run(
          () -> service.correct(row.reference(), outcome.code(), partnerCode),
          this::finishedAnswer);
    } else {
      run(() -> service.finish(row.reference(), outcome.code(), partnerCode), this::outcomeAnswer);
    }
  }

  private void calledAnswer(ConsoleAnswer answer) {
    show(answer);
    if (answer.done() && !answer.ticket().outcome().isEmpty()) {
      // A visit handed on to this desk has its first outcome: what happens here is a further
      // question of the same visit.
      lastFinished.set(answer.ticket());
      current.set(answer.ticket());
      furtherQuestion.set(null);
      pendingOutcome.set(null);
      step.set(Step.QUESTION);
    } else if (answer.done()) {
      lastFinished.set(null);
      furtherQuestion.set(null);
      current.set(answer.ticket());
      pendingOutcome.set(null);
      step.set(Step.OUTCOME);
    }
  }

  private void finishedAnswer(ConsoleAnswer answer) {
    show(answer);
    if (answer.done()) {
      clearCurrent();
    }
  }

  /** The ticket in front of this gids was finished or put back elsewhere: let it go. */
  private void dropCurrentIfGone() {
    TicketRow helping = current.get();
    Board board = service.latest();
    if (helping != null && !addingQuestion() && board != null && !stillOpen(board, helping)) {
      clearCurrent();
    }
  }

  private void show(ConsoleAnswer answer) {
    message.set(answer.message());
    messageIsProblem.set(!answer.done());
  }

  /**
   * One action at a time: a second tap while the first is on its way does nothing, so a double tap
   * on "Volgende bezoeker roepen" calls one visitor, not two.
   */
  private void run(
      Supplier<CompletableFuture<ConsoleAnswer>> action, Consumer<ConsoleAnswer> then) {
    if (busy.get()) {
      return;
    }
    busy.set(true);
    action
        .get()
        .whenCompleteAsync(
            (answer, error) -> {
              busy.set(false);
              if (error != null) {
                LOG.error("console action failed", error);
                message.set(texts.now(ConsoleTexts.FAILED));
                messageIsProblem.set(true);
                return;
              }
              then.accept(answer);
              dropCurrentIfGone();
            },
            fx);
  }

  /** "Contact vastleggen": first the channel. */
  public void openContact() {
    contactChannel.set(null);
    contactPeople.set("");
    contactStep.set(ContactStep.CHANNEL);
    message.set("");
  }

  public void cancelContact() {
    contactStep.set(ContactStep.CLOSED);
  }

  public void chooseChannel(Channel channel) {
    contactChannel.set(channel);
    contactStep.set(ContactStep.QUESTION);
  }

  public void chooseContactQuestion(String questionCode) {
    contactQuestion = questionCode;
    contactStep.set(ContactStep.OUTCOME);
  }

  /** The third tap; an outcome that names a partner asks for it first. */
  public void chooseContactOutcome(Outcome outcome) {
    contactOutcome = outcome;
    if (outcome.partner() == PartnerRule.NONE) {
      recordContact(null);
      return;
    }
    contactPartners.setAll(service.partnersFor(contactQuestion));
    contactStep.set(ContactStep.PARTNER);
  }

  /**
   * @param partner null for none, where the outcome allows that
   */
  public void chooseContactPartner(Partner partner) {
    recordContact(partner == null ? null : partner.code());
  }

  private void recordContact(String partnerCode) {
    Channel channel = contactChannel.get();
    int people = channel.countsHeads() ? headCount() : 1;
    run(
        () ->
            service.recordContact(
                channel, contactQuestion, null, contactOutcome.code(), partnerCode, people),
        answer -> {
          show(answer);
          contactStep.set(answer.done() ? ContactStep.CLOSED : ContactStep.OUTCOME);
        });
  }

  /** What the gids typed as a head count; anything but a number is 0, which is refused. */
  private int headCount() {
    try {
      return Integer.parseInt(contactPeople.get().trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public List<Channel> contactChannels() {
    return service.contactChannels();
  }

  public String channelName(Channel channel) {
    return service.channelName(channel);
  }

  public ReadOnlyObjectProperty<ContactStep> contactStepProperty() {
    return contactStep.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Channel> contactChannelProperty() {
    return contactChannel.getReadOnlyProperty();
  }

  /** The head count of a group session as typed. */
  public StringProperty contactPeopleProperty() {
    return contactPeople;
  }

  public ObservableList<Partner> contactPartners() {
    return contactPartnersView;
  }

  /** Whether the contact's outcome may be recorded without a partner. */
  public boolean contactPartnerOptional() {
    return contactOutcome != null && contactOutcome.partner() == PartnerRule.OPTIONAL;
  }

  /** "Gids aanwezig": visitors get a number for the rest of the day. */
  public void gidsPresent() {
    run(() -> service.presence(PresenceOverride.Kind.PRESENT), this::presenceAnswer);
  }

  /**
   * "Geen gids meer vandaag": visitors get the next step for the rest of the day. With visitors
   * waiting, the console first asks what happens to them (decision 1005).
   */
  public void noGidsToday() {
    long waitingToday = waiting.stream().filter(row -> !row.earlierDay()).count();
    if (waitingToday > 0) {
      leavingQuestion.set(texts.now(ConsoleTexts.ABSENT_QUESTION, Map.of("count", waitingToday)));
      message.set("");
      return;
    }
    run(() -> service.presence(PresenceOverride.Kind.ABSENT), this::presenceAnswer);
  }

  /** "Zij worden nog geholpen": the waiting stay in the queue; new visitors get the next step. */
  public void serveWaitingThenLeave() {
    leave(ConsoleService.WhenLeaving.SERVE_WAITING);
  }

  /** "Zij krijgen de volgende stap": each waiting visitor gets it on the display and on paper. */
  public void nextStepForWaiting() {
    leave(ConsoleService.WhenLeaving.NEXT_STEP);
  }

  /** "Terug": the gids stays; nothing is recorded. */
  public void stayAfterAll() {
    leavingQuestion.set("");
  }

  private void leave(ConsoleService.WhenLeaving choice) {
    if (leavingQuestion.get().isEmpty()) {
      return;
    }
    run(
        () -> service.endPresence(choice),
        answer -> {
          leavingQuestion.set("");
          presenceAnswer(answer);
        });
  }

  private void presenceAnswer(ConsoleAnswer answer) {
    show(answer);
    presenceLine.set(service.presenceLine());
  }

  /** The partner's handoff route and whether it is open now, in one line. */
  public String handoffLine(Partner partner) {
    return service.handoffLine(partner);
  }

  /** A new board; on the JavaFX thread. */
  void apply(Board board) {
    presenceLine.set(board.presence());
    waiting.setAll(board.waiting());
    called.setAll(board.called());
    referrals.setAll(board.referrals());
    finished.setAll(board.finished());
    counts.set(board.counts());
    outcomeCounts.set(board.confirmedCounts());
    printer.set(board.printer());
    sync.set(board.sync());
    disk.set(board.disk());
    TicketRow helping = current.get();
    if (helping != null && !addingQuestion()) {
      (correcting.get() ? board.finished() : board.called())
          .stream()
              .filter(row -> row.reference().equals(helping.reference()))
              .findFirst()
              .ifPresentOrElse(current::set, () -> clearWhenIdle());
    }
  }

  /** Someone else finished or put back this ticket; an answer on its way says so itself. */
  private void clearWhenIdle() {
    if (!busy.get()) {
      clearCurrent();
    }
  }

  /** The ticket is still called, or, while correcting, still finished today. */
  private boolean stillOpen(Board board, TicketRow helping) {
    return correcting.get()
        ? board.finished().stream().anyMatch(row -> row.reference().equals(helping.reference()))
        : board.isCalled(helping.reference());
  }

  /** A finished visit is in front of the gids for a further question, not a called ticket. */
  private boolean addingQuestion() {
    return step.get() == Step.QUESTION || furtherQuestion.get() != null;
  }

  private void clearCurrent() {
    furtherQuestion.set(null);
    current.set(null);
    correcting.set(false);
    pendingOutcome.set(null);
    step.set(Step.NONE);
  }

  public List<Outcome> outcomes() {
    return service.outcomes();
  }

  public Desk desk() {
    return desk;
  }

  public ScreenTexts texts() {
    return texts;
  }

  public ObservableList<TicketRow> waiting() {
    return waitingView;
  }

  public ObservableList<TicketRow> called() {
    return calledView;
  }

  public ObservableList<TicketRow> referrals() {
    return referralsView;
  }

  /** Today's tickets a gids finished, most recent first: their outcome can still be corrected. */
  public ObservableList<TicketRow> finished() {
    return finishedView;
  }

  /** Whether the outcome buttons replace a finished ticket's outcome. */
  public ReadOnlyBooleanProperty correctingProperty() {
    return correcting.getReadOnlyProperty();
  }

  /** The partners for the pending outcome, the most suitable first. */
  public ObservableList<Partner> partnerChoices() {
    return partnerChoicesView;
  }

  /** The ticket this gids is helping, or null. */
  public ReadOnlyObjectProperty<TicketRow> currentProperty() {
    return current.getReadOnlyProperty();
  }

  /** The visit last finished here, which "Nog een vraag" adds to; null when none. */
  public ReadOnlyObjectProperty<TicketRow> lastFinishedProperty() {
    return lastFinished.getReadOnlyProperty();
  }

  /** The further question's type while the gids records it; null otherwise. */
  public ReadOnlyObjectProperty<QuestionType> furtherQuestionProperty() {
    return furtherQuestion.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Step> stepProperty() {
    return step.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Outcome> pendingOutcomeProperty() {
    return pendingOutcome.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty messageIsProblemProperty() {
    return messageIsProblem.getReadOnlyProperty();
  }

  /** Whether visitors get a number or the next step now; empty for a kiosk without a roster. */
  public ReadOnlyStringProperty presenceLineProperty() {
    return presenceLine.getReadOnlyProperty();
  }

  /** "Er wachten nog 6 bezoekers. Wat gebeurt er met hen?", or "" when not asking. */
  public ReadOnlyStringProperty leavingQuestionProperty() {
    return leavingQuestion.getReadOnlyProperty();
  }

  /** Whether the presence buttons mean anything: only where the region rosters gidsen. */
  public boolean rostered() {
    return service.rostered();
  }

  public ReadOnlyStringProperty countsProperty() {
    return counts.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty outcomeCountsProperty() {
    return outcomeCounts.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<PrinterLine> printerProperty() {
    return printer.getReadOnlyProperty();
  }

  /** What is wrong with the disk under the ledger; null when nothing is. */
  public ReadOnlyObjectProperty<String> diskProperty() {
    return disk.getReadOnlyProperty();
  }

  /** Null when the kiosk runs no sync agent. */
  public ReadOnlyObjectProperty<SyncLine> syncProperty() {
    return sync.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The number field: what a gids typed or a scanner "typed". */
  public StringProperty typedProperty() {
    return typed;
  }
}
