package nl.zuil.kiosk.visitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Labels;
import nl.zuil.catalogue.Language;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.catalogue.Situation;
import nl.zuil.catalogue.presence.Period;
import nl.zuil.kiosk.nextstep.NextStep;
import nl.zuil.kiosk.speech.Narration;
import nl.zuil.kiosk.speech.SpokenText;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.TextKey;
import nl.zuil.kiosk.text.VisitorTexts;
import nl.zuil.kiosk.ticket.IssuedTicket;
import nl.zuil.kiosk.ticket.TicketOffice;
import nl.zuil.kiosk.ticket.WaitEstimate;
import nl.zuil.kioskfiles.kioskconfig.IdleTimeouts;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.rating.Rating;
import nl.zuil.ledger.ticket.TicketRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A visit from "I walk in" to "I hold a ticket": which screen shows, in which language, what was
 * tapped. Holds no node; the views bind to it and call its methods on taps.
 *
 * <p>Taps that arrive within {@link #SETTLE} of a screen change are ignored. The second tap of a
 * double tap lands on whatever the next screen has in that place, and must not choose it; and a
 * visit issues exactly one ticket however often the last tile is tapped.
 */
public final class VisitorFlowViewModel {

  static final Duration SETTLE = Duration.ofMillis(400);
  private static final Logger LOG = LoggerFactory.getLogger(VisitorFlowViewModel.class);

  private final Catalogue catalogue;
  private final IdleTimeouts timeouts;
  private final TicketOffice office;
  private final Executor fx;
  private final Clock clock;
  private final Language defaultLanguage;
  private final Narration narration;

  private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.WELCOME);
  private final ReadOnlyObjectWrapper<Language> language;
  private final ReadOnlyObjectWrapper<QuestionType> question = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper languageCode = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper visitReference = new ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<Rating> rating = new ReadOnlyObjectWrapper<>();
  private final ScreenTexts texts;
  private final IdleCountdown idle = new IdleCountdown();
  private final TicketScreenViewModel ticket;
  private final NextStepScreenViewModel nextStep;
  private final StringBinding placeLine;
  private final StringBinding idleText;
  private final BooleanBinding facesShown;

  private Instant screenShownAt;
  private long visit;

  /**
   * @param fx runs the answers of {@code office} where the properties may change (the JavaFX
   *     thread)
   * @param clock a monotonic clock for the idle reset and the double-tap guard
   * @param narration reads a screen aloud ("Luister") and warns before an idle reset
   */
  public VisitorFlowViewModel(
      Catalogue catalogue,
      String locationName,
      IdleTimeouts timeouts,
      TicketOffice office,
      Executor fx,
      Clock clock,
      Narration narration) {
    this.catalogue = catalogue;
    this.narration = narration;
    this.timeouts = timeouts;
    this.office = office;
    this.fx = fx;
    this.clock = clock;
    this.defaultLanguage = catalogue.language(Labels.DUTCH).orElseThrow();
    this.language = new ReadOnlyObjectWrapper<>(defaultLanguage);
    languageCode.bind(Bindings.createStringBinding(() -> language.get().code(), language));
    this.texts = new ScreenTexts(catalogue, languageCode.getReadOnlyProperty());
    this.ticket = new TicketScreenViewModel(texts, languageCode.getReadOnlyProperty(), idle);
    this.nextStep =
        new NextStepScreenViewModel(office.nextSteps(), texts, languageCode.getReadOnlyProperty());
    this.placeLine =
        texts.format(
            VisitorTexts.PLACE,
            Map.of(
                "region",
                texts.label(catalogue.region().name()),
                "location",
                new ReadOnlyStringWrapper(locationName)));
    this.idleText =
        texts.format(VisitorTexts.IDLE_COUNTDOWN, Map.of("seconds", idle.secondsLeftProperty()));
    this.screenShownAt = clock.instant().minus(SETTLE);
    this.facesShown =
        Bindings.createBooleanBinding(
            this::mayRate, screen, ticket.stateProperty(), visitReference);
    idle.warningProperty()
        .addListener(
            (obs, was, warning) -> {
              if (warning) {
                narration.say(languageCode.get(), idleWarning());
              }
            });
  }

  /** "Luister": the screen on view, read aloud in the visitor's language. */
  public void listen() {
    narration.say(languageCode.get(), spokenLines());
  }

  /**
   * What the screen on view says, in the visitor's language and in reading order: the words a
   * visitor who cannot read them hears after "Luister". The buttons' words are part of it; which
   * one to tap is the point of most screens.
   */
  public String spokenText() {
    return SpokenText.of(spokenLines());
  }

  /**
   * {@link #spokenText()} line by line, as the narration gets it: a line the region recorded is
   * played from its recording.
   */
  public List<String> spokenLines() {
    List<String> lines = new ArrayList<>();
    switch (screen.get()) {
      case WELCOME -> {
        lines.add(placeLine.get());
        lines.add(texts.now(VisitorTexts.WELCOME_TITLE));
        lines.add(texts.now(VisitorTexts.WELCOME_SUBTITLE));
        lines.add(texts.now(VisitorTexts.WELCOME_TAP));
        lines.add(texts.now(VisitorTexts.WELCOME_LANGUAGE));
      }
      case QUESTION -> {
        lines.add(texts.now(VisitorTexts.QUESTION_TITLE));
        questions().forEach(q -> lines.add(texts.now(q.labels())));
      }
      case SITUATION -> {
        lines.add(chosenQuestion());
        lines.add(texts.now(VisitorTexts.SITUATION_TITLE));
        situations().forEach(s -> lines.add(texts.now(s.labels())));
        lines.add(texts.now(VisitorTexts.SITUATION_SKIP));
      }
      case TICKET -> {
        lines.addAll(ticket.spokenLines());
        if (ticket.closingSoon()) {
          lines.addAll(nextStep.spokenLines());
        }
      }
      case NEXT_STEP -> {
        NextStep step = nextStep.stepProperty().get();
        lines.add(step == null ? "" : step.title());
        lines.add(chosenQuestion());
        lines.addAll(nextStep.spokenLines());
      }
      case RATED -> lines.add(texts.now(VisitorTexts.RATING_THANKS));
    }
    if (mayRate()) {
      lines.add(texts.now(VisitorTexts.RATING_QUESTION));
      for (Rating face : Rating.values()) {
        lines.add(texts.now(faceText(face)));
      }
    }
    return lines;
  }

  /** Said when the countdown to a reset starts, so a visitor who is not looking hears it too. */
  private List<String> idleWarning() {
    Screen current = screen.get();
    return current == Screen.TICKET || current == Screen.NEXT_STEP
        ? List.of(ticket.countdownText().get())
        : List.of(idleText.get(), texts.now(VisitorTexts.IDLE_CONTINUE));
  }

  private String chosenQuestion() {
    QuestionType chosen = question.get();
    return chosen == null ? "" : texts.now(chosen.labels());
  }

  /** "Tik om te beginnen". */
  public void start() {
    if (accepts(Screen.WELCOME)) {
      show(Screen.QUESTION);
    }
  }

  /**
   * A language button; on the welcome screen it also starts, so that it counts as the first tap.
   */
  public void chooseLanguage(String code) {
    if (!settled()) {
      return;
    }
    language.set(catalogue.language(code).orElseThrow(() -> unknown("language", code)));
    if (screen.get() == Screen.WELCOME) {
      show(Screen.QUESTION);
    } else {
      restartIdle();
    }
  }

  public void chooseQuestion(String code) {
    if (!accepts(Screen.QUESTION)) {
      return;
    }
    QuestionType chosen =
        catalogue.questionType(code).orElseThrow(() -> unknown("question type", code));
    question.set(chosen);
    if (chosen.askSituation()) {
      show(Screen.SITUATION);
    } else {
      issue(null);
    }
  }

  public void chooseSituation(String code) {
    if (accepts(Screen.SITUATION)) {
      Situation chosen = catalogue.situation(code).orElseThrow(() -> unknown("situation", code));
      issue(chosen.code());
    }
  }

  public void skipSituation() {
    if (accepts(Screen.SITUATION)) {
      issue(null);
    }
  }

  public void back() {
    if (accepts(Screen.QUESTION)) {
      show(Screen.WELCOME);
    } else if (accepts(Screen.SITUATION)) {
      question.set(null);
      show(Screen.QUESTION);
    }
  }

  /** "Klaar" on the ticket, next-step or thank-you screen: the next visitor may start. */
  public void done() {
    if (accepts(Screen.NEXT_STEP)
        || accepts(Screen.RATED)
        || (accepts(Screen.TICKET)
            && ticket.stateProperty().get() != TicketScreenViewModel.State.ISSUING)) {
      reset();
    }
  }

  /**
   * A face at "Hoe was het?": kept with this visit, then "Dank je wel" and soon the welcome screen.
   * Another face on the thank-you screen replaces the first; the visit keeps one rating.
   */
  public void rate(Rating face) {
    if (!mayRate() || !settled()) {
      return;
    }
    rating.set(face);
    office.rate(visitReference.get(), face);
    if (screen.get() == Screen.RATED) {
      restartIdle();
    } else {
      show(Screen.RATED);
    }
  }

  /**
   * Whether the faces show: at the end of a visit the ledger has recorded (a ticket issued, a
   * self-service visit on disk), and on the thank-you screen to correct a tap.
   */
  public boolean mayRate() {
    Screen current = screen.get();
    boolean atEnd =
        current == Screen.NEXT_STEP
            || current == Screen.RATED
            || (current == Screen.TICKET
                && ticket.stateProperty().get() == TicketScreenViewModel.State.ISSUED);
    return atEnd && visitReference.get() != null;
  }

  /** The words of a face: its accessible name, and what "Luister" says for it. */
  public static TextKey faceText(Rating face) {
    return switch (face) {
      case GOOD -> VisitorTexts.RATING_GOOD;
      case OK -> VisitorTexts.RATING_OK;
      case BAD -> VisitorTexts.RATING_BAD;
    };
  }

  /** "Print dit op papier": the next step as a slip, once per visit. */
  public void printNextStep() {
    boolean showing = accepts(Screen.NEXT_STEP) || (accepts(Screen.TICKET) && ticket.closingSoon());
    if (!showing || !nextStep.mayPrint()) {
      return;
    }
    long thisVisit = visit;
    nextStep.printing();
    restartIdle();
    office
        .printSlip(nextStep.stepProperty().get(), nextStep.language())
        .thenAcceptAsync(
            printed -> {
              if (visit == thisVisit) {
                nextStep.printed(printed);
              }
            },
            fx);
  }

  /**
   * Nobody is using the screen: the welcome screen in the default language with no countdown, the
   * moment a new catalogue may replace the screens.
   */
  public boolean idleBetweenVisitors() {
    return screen.get() == Screen.WELCOME
        && language.get().equals(defaultLanguage)
        && !idle.running();
  }

  /** Any touch anywhere: the visitor is still there. */
  public void touched() {
    if (idle.running()) {
      restartIdle();
    }
  }

  /** Called a few times a second by the view's timer. */
  public void tick() {
    if (idle.tick(clock.instant())) {
      reset();
    }
  }

  /**
   * Back to the welcome screen in Dutch, forgetting the visit: a visitor who walks away leaves
   * nothing on screen for the next one.
   */
  public void reset() {
    visit++;
    question.set(null);
    visitReference.set(null);
    rating.set(null);
    ticket.clear();
    nextStep.clear();
    language.set(defaultLanguage);
    show(Screen.WELCOME);
  }

  private void issue(String situationCode) {
    long thisVisit = visit;
    QuestionType chosen = question.get();
    TicketRequest request =
        TicketRequest.of(chosen.code(), language.get().code()).withSituation(situationCode);
    if (!office.nextSteps().queueOpen()) {
      selfService(chosen, request);
      return;
    }
    Optional<Period> closing = office.nextSteps().closing();
    long minutesLeft = office.nextSteps().minutesUntilClosing().orElse(Long.MAX_VALUE);
    // Handed to the ledger thread before the screen changes, so the commit does not wait for it.
    CompletableFuture<IssuedTicket> issued = office.issue(request);
    ticket.issuing(chosen);
    show(Screen.TICKET);
    issued.whenCompleteAsync(
        (result, error) -> {
          if (error != null) {
            LOG.error("the ledger could not record a visit for {}", chosen.code(), error);
            if (visit == thisVisit) {
              ticket.failed();
            }
            return;
          }
          if (visit == thisVisit) {
            visitReference.set(result.ticket().reference());
            ticket.issued(result);
          }
          // Printed even if the screen moved on: the visit is recorded, the paper is theirs.
          office
              .print(result)
              .thenAcceptAsync(
                  printed -> {
                    if (visit == thisVisit) {
                      ticket.printed(printed);
                    }
                  },
                  fx);
          office
              .estimateWait(result)
              .thenAcceptAsync(
                  estimate -> {
                    if (visit == thisVisit) {
                      ticket.estimated(estimate);
                      closing
                          .filter(c -> runsPast(estimate, minutesLeft))
                          .ifPresent(
                              c -> {
                                nextStep.show(chosen);
                                ticket.closingSoon(c.end());
                              });
                    }
                  },
                  fx);
        },
        fx);
  }

  /**
   * No number a gids may never call: the visit is recorded as self-service and the screen shows
   * where and how the visitor gets help instead. A visit the disk refuses is kept by the office and
   * written later (decision 0011): the visitor needs the next step either way.
   */
  private void selfService(QuestionType chosen, TicketRequest request) {
    long thisVisit = visit;
    office
        .recordSelfService(request)
        .whenCompleteAsync(
            (visitRecorded, error) -> {
              if (error != null) {
                LOG.error("a self-service visit was neither recorded nor kept", error);
              } else if (visit == thisVisit) {
                // A held visit has no reference yet: it is not rated, the faces stay away.
                visitRecorded.map(Ticket::reference).ifPresent(visitReference::set);
              }
            },
            fx);
    nextStep.show(chosen);
    show(Screen.NEXT_STEP);
  }

  private static boolean runsPast(WaitEstimate estimate, long minutesLeft) {
    return estimate.minutes().isPresent() && estimate.minutes().getAsInt() > minutesLeft;
  }

  private boolean accepts(Screen expected) {
    return screen.get() == expected && settled();
  }

  private boolean settled() {
    Duration sinceShown = Duration.between(screenShownAt, clock.instant());
    return sinceShown.isNegative() || sinceShown.compareTo(SETTLE) >= 0;
  }

  private void show(Screen next) {
    screenShownAt = clock.instant();
    screen.set(next);
    restartIdle();
  }

  private void restartIdle() {
    Screen current = screen.get();
    if (current == Screen.WELCOME && language.get().equals(defaultLanguage)) {
      idle.stop();
    } else if (current == Screen.RATED) {
      // Thanked: the next visitor may start soon; no spoken warning, nothing is lost.
      idle.start(clock.instant(), timeouts.countdown(), Duration.ZERO, Duration.ZERO);
    } else if (current == Screen.TICKET || current == Screen.NEXT_STEP) {
      // The ticket's countdown shows from the start; the spoken warning comes near the end only.
      idle.start(clock.instant(), timeouts.ticket(), timeouts.ticket(), timeouts.countdown());
    } else {
      idle.start(clock.instant(), timeouts.other(), timeouts.countdown(), timeouts.countdown());
    }
  }

  private static IllegalArgumentException unknown(String what, String code) {
    return new IllegalArgumentException(what + " '" + code + "' is not in the catalogue");
  }

  public ReadOnlyObjectProperty<Screen> screenProperty() {
    return screen.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Language> languageProperty() {
    return language.getReadOnlyProperty();
  }

  public ObservableValue<String> languageCode() {
    return languageCode.getReadOnlyProperty();
  }

  /** The question chosen in this visit, or null. */
  public ReadOnlyObjectProperty<QuestionType> questionProperty() {
    return question.getReadOnlyProperty();
  }

  public List<Language> languages() {
    return catalogue.languages();
  }

  /** The question tiles, with "Iets anders / weet ik niet" always last. */
  public List<QuestionType> questions() {
    return Stream.concat(
            catalogue.questionTypes().stream().filter(q -> !q.catchAll()),
            catalogue.questionTypes().stream().filter(QuestionType::catchAll))
        .collect(Collectors.toList());
  }

  public List<Situation> situations() {
    return catalogue.situations();
  }

  public ScreenTexts texts() {
    return texts;
  }

  public StringBinding placeLine() {
    return placeLine;
  }

  public IdleCountdown idle() {
    return idle;
  }

  /** "Niets gekozen? Over 12 seconden ...", for the countdown on every screen but the ticket. */
  public StringBinding idleText() {
    return idleText;
  }

  /** The reference of this visit once the ledger has it, or null; never shown. */
  public ReadOnlyStringProperty visitReferenceProperty() {
    return visitReference.getReadOnlyProperty();
  }

  /** Whether "Hoe was het?" and its faces show; see {@link #mayRate()}. */
  public BooleanBinding facesShownProperty() {
    return facesShown;
  }

  /** The face tapped in this visit, or null. */
  public ReadOnlyObjectProperty<Rating> ratingProperty() {
    return rating.getReadOnlyProperty();
  }

  public TicketScreenViewModel ticket() {
    return ticket;
  }

  public NextStepScreenViewModel nextStep() {
    return nextStep;
  }
}
