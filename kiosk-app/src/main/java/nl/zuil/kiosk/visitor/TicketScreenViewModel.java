package nl.zuil.kiosk.visitor;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import nl.zuil.catalogue.Labels;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.kiosk.speech.SpokenText;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.VisitorTexts;
import nl.zuil.kiosk.ticket.IssuedTicket;
import nl.zuil.kiosk.ticket.WaitEstimate;

/**
 * The ticket screen: the number once the ledger has committed it, the QR link, the wait, and
 * whether paper comes out. Printer trouble reaches the visitor only as "no paper ticket, remember
 * your number"; what is wrong with the printer is for staff.
 */
public final class TicketScreenViewModel {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  /** Where getting the ticket is. */
  public enum State {
    NONE,
    ISSUING,
    ISSUED,
    FAILED
  }

  /** What the visitor is told about paper. */
  public enum Paper {
    NONE,
    PRINTING,
    PRINTED,
    NOT_PRINTED
  }

  private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NONE);
  private final ReadOnlyObjectWrapper<Paper> paper = new ReadOnlyObjectWrapper<>(Paper.NONE);
  private final ReadOnlyObjectWrapper<QuestionType> question = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<WaitEstimate> estimate =
      new ReadOnlyObjectWrapper<>(WaitEstimate.UNKNOWN);
  private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper closingAt = new ReadOnlyStringWrapper("");
  private final StringBinding questionLabel;
  private final StringBinding aheadText;
  private final StringBinding waitText;
  private final StringBinding paperText;
  private final StringBinding countdownText;
  private final StringBinding closingText;
  private final ScreenTexts texts;

  TicketScreenViewModel(
      ScreenTexts texts, ObservableValue<String> language, IdleCountdown countdown) {
    this.texts = texts;
    questionLabel =
        Bindings.createStringBinding(
            () -> {
              QuestionType current = question.get();
              return current == null ? "" : labelIn(current.labels(), language);
            },
            question,
            language);
    aheadText =
        Bindings.createStringBinding(
            () -> {
              WaitEstimate current = estimate.get();
              if (!current.knowsPeopleAhead()) {
                return "";
              }
              return current.peopleAhead() == 0
                  ? texts.now(VisitorTexts.TICKET_FIRST)
                  : texts.now(VisitorTexts.TICKET_AHEAD, Map.of("count", current.peopleAhead()));
            },
            estimate,
            language);
    waitText =
        Bindings.createStringBinding(
            () -> {
              WaitEstimate current = estimate.get();
              return current.minutes().isPresent()
                  ? texts.now(
                      VisitorTexts.TICKET_WAIT, Map.of("minutes", current.minutes().getAsInt()))
                  : "";
            },
            estimate,
            language);
    paperText =
        Bindings.createStringBinding(
            () ->
                switch (paper.get()) {
                  case PRINTING -> texts.now(VisitorTexts.TICKET_PRINTING);
                  case PRINTED -> texts.now(VisitorTexts.TICKET_PRINTED);
                  case NOT_PRINTED -> texts.now(VisitorTexts.TICKET_NO_PAPER);
                  case NONE -> "";
                },
            paper,
            language);
    closingText =
        Bindings.createStringBinding(
            () ->
                closingAt.get().isEmpty()
                    ? ""
                    : texts.now(VisitorTexts.TICKET_CLOSING, Map.of("until", closingAt.get())),
            closingAt,
            language);
    countdownText =
        texts.format(
            VisitorTexts.TICKET_COUNTDOWN, Map.of("seconds", countdown.secondsLeftProperty()));
  }

  private static String labelIn(Labels labels, ObservableValue<String> language) {
    return labels.in(language.getValue());
  }

  void issuing(QuestionType chosen) {
    clear();
    question.set(chosen);
    state.set(State.ISSUING);
  }

  void issued(IssuedTicket issued) {
    number.set(issued.ticket().number());
    link.set(issued.link());
    paper.set(Paper.PRINTING);
    state.set(State.ISSUED);
  }

  void failed() {
    state.set(State.FAILED);
  }

  void estimated(WaitEstimate wait) {
    estimate.set(wait);
  }

  /** The expected wait runs past the time the gids leaves. */
  void closingSoon(ZonedDateTime gidsLeaves) {
    closingAt.set(CLOCK.format(gidsLeaves));
  }

  boolean closingSoon() {
    return !closingAt.get().isEmpty();
  }

  void printed(PrintResult result) {
    paper.set(result.printed() ? Paper.PRINTED : Paper.NOT_PRINTED);
  }

  /** Forgets the ticket: after a reset nothing of the last visitor stays in memory or on screen. */
  void clear() {
    state.set(State.NONE);
    paper.set(Paper.NONE);
    question.set(null);
    estimate.set(WaitEstimate.UNKNOWN);
    number.set("");
    link.set("");
    closingAt.set("");
  }

  /**
   * What the ticket screen says, in reading order; the number letter by letter. The closing note's
   * next step is the next-step model's to say.
   */
  List<String> spokenLines() {
    return switch (state.get()) {
      case NONE -> List.of();
      case ISSUING -> List.of(texts.now(VisitorTexts.TICKET_MOMENT));
      case FAILED ->
          List.of(texts.now(VisitorTexts.TICKET_FAILED), texts.now(VisitorTexts.TICKET_DONE));
      case ISSUED ->
          List.of(
              texts.now(VisitorTexts.TICKET_TITLE),
              SpokenText.ticketNumber(number.get()),
              questionLabel.get(),
              texts.now(VisitorTexts.TICKET_NEXT),
              aheadText.get(),
              waitText.get(),
              paperText.get(),
              texts.now(VisitorTexts.TICKET_SCAN),
              closingText.get());
    };
  }

  public ReadOnlyObjectProperty<State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Paper> paperProperty() {
    return paper.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<QuestionType> questionProperty() {
    return question.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty numberProperty() {
    return number.getReadOnlyProperty();
  }

  /** The QR code's content; empty until the ticket is issued. */
  public ReadOnlyStringProperty linkProperty() {
    return link.getReadOnlyProperty();
  }

  public StringBinding questionLabel() {
    return questionLabel;
  }

  public StringBinding aheadText() {
    return aheadText;
  }

  public StringBinding waitText() {
    return waitText;
  }

  public StringBinding paperText() {
    return paperText;
  }

  /** "Let op: de gids is hier tot 12:30 ...", or empty while the wait fits. */
  public StringBinding closingText() {
    return closingText;
  }

  public ReadOnlyStringProperty closingAtProperty() {
    return closingAt.getReadOnlyProperty();
  }

  public StringBinding countdownText() {
    return countdownText;
  }
}
