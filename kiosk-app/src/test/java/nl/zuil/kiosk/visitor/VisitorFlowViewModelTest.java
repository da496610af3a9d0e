package nl.zuil.kiosk.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import nl.zuil.catalogue.presence.PresenceOverride;
import nl.zuil.catalogue.presence.Timetable;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.hardware.printer.TicketElement;
import nl.zuil.kiosk.nextstep.NextStep;
import nl.zuil.kiosk.nextstep.NextSteps;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kiosk.testing.RecordingNarration.Said;
import nl.zuil.kiosk.text.VisitorTexts;
import nl.zuil.kiosk.ticket.IssuedTicket;
import nl.zuil.kiosk.ticket.TicketOffice;
import nl.zuil.kiosk.ticket.WaitEstimate;
import nl.zuil.kiosk.visitor.TicketScreenViewModel.Paper;
import nl.zuil.kiosk.visitor.TicketScreenViewModel.State;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.aggregate.Bucket;
import nl.zuil.ledger.aggregate.Ratings;
import nl.zuil.ledger.rating.Rating;
import nl.zuil.ledger.ticket.TicketRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visit as a state machine, without a stage: a real ledger, a recording printer. */
class VisitorFlowViewModelTest {

  @TempDir Path dir;
  KioskFixture kiosk;
  VisitorFlowViewModel flow;

  @BeforeEach
  void open() {
    kiosk = KioskFixture.direct(dir);
    flow = flowWith(kiosk.office);
  }

  private VisitorFlowViewModel flowWith(TicketOffice office) {
    return new VisitorFlowViewModel(
        KioskFixture.CATALOGUE,
        kiosk.config.locationName(),
        kiosk.config.idle(),
        office,
        Runnable::run,
        kiosk.clock,
        kiosk.narration);
  }

  @AfterEach
  void close() throws Exception {
    kiosk.close();
  }

  /** A person's next tap: well after the double-tap guard. */
  private void later() {
    kiosk.clock.advance(Duration.ofSeconds(2));
  }

  @Test
  void threeTapsGiveATicketThatIsRecordedWithWhatWasTapped() {
    later();
    flow.start();
    later();
    flow.chooseQuestion("find_work");
    assertThat(flow.screenProperty().get()).isEqualTo(Screen.SITUATION);
    later();
    flow.chooseSituation("no_work_no_benefit");

    assertThat(flow.screenProperty().get()).isEqualTo(Screen.TICKET);
    TicketScreenViewModel ticket = flow.ticket();
    assertThat(ticket.stateProperty().get()).isEqualTo(State.ISSUED);
    assertThat(ticket.numberProperty().get()).isEqualTo("W-001");
    Ticket recorded = kiosk.waiting().get(0);
    assertThat(recorded.questionCode()).isEqualTo("find_work");
    assertThat(recorded.situationCode()).isEqualTo("no_work_no_benefit");
    assertThat(recorded.languageCode()).isEqualTo("nl");
    assertThat(ticket.linkProperty().get())
        .isEqualTo("https://www.werkcentrum.example/vraag/werk-zoeken#" + recorded.reference());
  }

  @Test
  void aFaceTappedOnTheTicketScreenIsKeptWithTheVisitThenThanksThenWelcome() {
    later();
    flow.start();
    later();
    flow.chooseQuestion("employer");
    assertThat(flow.facesShownProperty().get()).isTrue();
    later();
    flow.rate(Rating.BAD);

    assertThat(flow.screenProperty().get()).isEqualTo(Screen.RATED);
    assertThat(flow.spokenText()).startsWith("Dank je wel! Tot ziens.");
    assertThat(tapsCounted()).isEqualTo(new Ratings(0, 0, 1));
    later();
    flow.rate(Rating.GOOD);
    assertThat(tapsCounted()).isEqualTo(new Ratings(1, 0, 0));
    assertThat(kiosk.narration.said()).isEmpty();

    kiosk.clock.advance(kiosk.config.idle().countdown());
    flow.tick();
    assertThat(flow.screenProperty().get()).isEqualTo(Screen.WELCOME);
    assertThat(flow.ratingProperty().get()).isNull();
    assertThat(kiosk.narration.said()).as("no spoken warning after thanks").isEmpty();
  }

  @Test
  void facesIgnoredChangeNothingAndTheTicketScreenResetsAsBefore() {
    later();
    flow.start();
    later();
    flow.chooseQuestion("employer");

    kiosk.clock.advance(kiosk.config.idle().ticket().minusSeconds(1));
    flow.tick();
    assertThat(flow.screenProperty().get()).isEqualTo(Screen.TICKET);
    kiosk.clock.advance(Duration.ofSeconds(1));
    flow.tick();
    assertThat(flow.screenProperty().get()).isEqualTo(Screen.WELCOME);
    assertThat(tapsCounted()).isEqualTo(Ratings.NONE);
    later();
    flow.rate(Rating.GOOD);
    assertThat(flow.screenProperty().get()).as("no visit to rate").isEqualTo(Screen.WELCOME);
  }

  @Test
  void theFacesShowOnlyOnceTheLedgerHasTheVisit() {
    later();
    flow.start();
    later();
    flow.chooseQuestion("find_work");
    assertThat(flow.facesShownProperty().get()).isFalse();
    later();
    flow.rate(Rating.OK);
    assertThat(flow.screenProperty().get()).isEqualTo(Screen.SITUATION);
    assertThat(tapsCounted()).isEqualTo(Ratings.NONE);
  }

  /** The taps as the buckets count them, as they leave the kiosk. */
  private Ratings tapsCounted() {
    kiosk.ledger.aggregator().refresh();
    LocalDate day = LocalDate.now(kiosk.clock);
    return kiosk.ledger.buckets().between(day, day).stream()
        .map(Bucket::ratings)
        .reduce(
            Ratings.NONE,
            (a, b) -> new Ratings(a.good() + b.good(), a.ok() + b.ok(), a.bad() + b.bad()));
  }

  @Test
  void aLanguageTappedOnTheWelcomeScreenAlsoStarts() {
    later();
    flow.chooseLanguage("ar");

    assertThat(flow.screenProperty().get()).isEqualTo(Screen.QUESTION);
    assertThat(flow.texts().now(VisitorTexts.QUESTION_TITLE)).isEqualTo("عن ماذا يدور سؤالك؟");
    later();
    flow.chooseQuestion("employer");
    assertThat(kiosk.waiting().get(0).languageCode()).isEqualTo("ar");
  }

  @Test
  void aQuestionWithoutSituationGoesStraightToTheTicket() {
    later();
    flow.start();
    later();
    flow.chooseQuestion("employer");

    assertThat(flow.screenProperty().get()).isEqualTo(Screen.TICKET);
    assertThat(kiosk.waiting().get(0).situationCode()).isNull();
  }

  @Test
  void skippingTheSituationRecordsNone() {
    later();
    flow.start();
    later();
    flow.chooseQuestion("learning");
    later();
    flow.skipSituation();

    assertThat(kiosk.waiting())
        .singleElement()
        .satisfies(t -> assertThat(t.situationCode()).isNull());
  }

  @Test
  void theSecondTapOfADoubleTapDoesNotChooseOnTheNextScreen() {
    later();
    flow.start();
    later();
    flow.chooseQuestion("find_work");
    flow.chooseSituation("working");

    assertThat(flow.screenProperty().get()).isEqualTo(Screen.SITUATION);
    assertThat(kiosk.visits()).isZero();
  }

  @Test
  void tappingTheLastTileAgainAndAgainIssuesOneTicket() {
    later();
    flow.start();
    later();
    flow.chooseQuestion("employer");
    flow.chooseQuestion("employer");
    later();
    flow.chooseQuestion("employer");
    flow.chooseQuestion("other");

    assertThat(kiosk.visits()).isEqualTo(1);
    assertThat(kiosk.printer.printed()).hasSize(1);
  }

  @Test
  void backGoesOneScreenBackAndForgetsTheQuestion() {
    later();
    flow.start();
    later();
    flow.chooseQuestion("find_work");
    later();
    flow.back();

    assertThat(flow.screenProperty().get()).isEqualTo(Screen.QUESTION);
    assertThat(flow.questionProperty().get()).isNull();
    later();
    flow.back();
    assertThat(flow.screenProperty().get()).isEqualTo(Screen.WELCOME);
  }

  @Test
  void anUnattendedScreenShowsACountdownAndThenGoesBackToTheStartInDutch() {
    later();
    flow.chooseLanguage("uk");
    later();
    flow.chooseQuestion("find_work");

    kiosk.clock.advance(Duration.ofSeconds(39));
    flow.tick();
    assertThat(flow.idle().showingProperty().get()).isFalse();

    kiosk.clock.advance(Duration.ofSeconds(2));
    flow.tick();
    assertThat(flow.idle().showingProperty().get()).isTrue();
    assertThat(flow.idle().secondsLeftProperty().get()).isEqualTo(19);
    assertThat(flow.idleText().get()).contains("19");

    kiosk.clock.advance(Duration.ofSeconds(19));
    flow.tick();
    assertThat(flow.screenProperty().get()).isEqualTo(Screen.WELCOME);
    assertThat(flow.languageProperty().get().code()).isEqualTo("nl");
    assertThat(flow.questionProperty().get()).isNull();
    assertThat(flow.idle().showingProperty().get()).isFalse();
  }

  @Test
  void aTouchRestartsTheCountdown() {
    later();
    flow.start();
    kiosk.clock.advance(Duration.ofSeconds(50));
    flow.tick();
    assertThat(flow.idle().showingProperty().get()).isTrue();

    flow.touched();
    kiosk.clock.advance(Duration.ofSeconds(30));
    flow.tick();

    assertThat(flow.screenProperty().get()).isEqualTo(Screen.QUESTION);
    assertThat(flow.idle().showingProperty().get()).isFalse();
  }

  @Test
  void theTicketScreenCountsDownFromThirtySecondsAndLeavesNothingBehind() {
    later();
    flow.start();
    later();
    flow.chooseQuestion("employer");
    flow.tick();
    assertThat(flow.idle().showingProperty().get()).isTrue();
    assertThat(flow.ticket().countdownText().get()).contains("30");

    kiosk.clock.advance(Duration.ofSeconds(30));
    flow.tick();

    assertThat(flow.screenProperty().get()).isEqualTo(Screen.WELCOME);
    TicketScreenViewModel ticket = flow.ticket();
    assertThat(ticket.numberProperty().get()).isEmpty();
    assertThat(ticket.linkProperty().get()).isEmpty();
    assertThat(ticket.questionProperty().get()).isNull();
    assertThat(ticket.stateProperty().get()).isEqualTo(State.NONE);
  }

  @Test
  void theWelcomeScreenInDutchWaitsForeverForTheNextVisitor() {
    kiosk.clock.advance(Duration.ofHours(3));
    flow.tick();

    assertThat(flow.screenProperty().get()).isEqualTo(Screen.WELCOME);
    assertThat(flow.idle().showingProperty().get()).isFalse();
  }

  @Test
  void doneClearsTheTicketForTheNextVisitor() {
    later();
    flow.start();
    later();
    flow.chooseQuestion("employer");
    later();
    flow.done();

    assertThat(flow.screenProperty().get()).isEqualTo(Screen.WELCOME);
    assertThat(flow.ticket().numberProperty().get()).isEmpty();
  }

  @Test
  void aPrinterOutOfPaperStillGivesTheNumberAndTellsTheVisitorPlainly() {
    kiosk.printer.paperOut();
    later();
    flow.start();
    later();
    flow.chooseQuestion("employer");

    TicketScreenViewModel ticket = flow.ticket();
    assertThat(ticket.numberProperty().get()).isEqualTo("E-001");
    assertThat(ticket.linkProperty().get()).contains("#");
    assertThat(ticket.paperProperty().get()).isEqualTo(Paper.NOT_PRINTED);
    assertThat(ticket.paperText().get())
        .isEqualTo("Er komt geen bonnetje. Onthoud uw nummer of maak een foto van dit scherm.");
    assertThat(kiosk.visits()).isEqualTo(1);
    assertThat(kiosk.printer.printed()).isEmpty();
  }

  @Test
  void aWorkingPrinterAsksTheVisitorToTakeTheTicket() {
    later();
    flow.start();
    later();
    flow.chooseQuestion("employer");

    assertThat(flow.ticket().paperProperty().get()).isEqualTo(Paper.PRINTED);
    assertThat(flow.ticket().paperText().get()).isEqualTo("Neem uw bonnetje mee.");
  }

  @Test
  void theVisitIsRecordedBeforeThePrinterIsAsked() {
    long[] visitsWhenPrinting = {-1};
    TicketOffice watching =
        new TicketOffice() {
          @Override
          public CompletableFuture<Optional<Ticket>> recordSelfService(TicketRequest request) {
            return kiosk.office.recordSelfService(request);
          }

          @Override
          public CompletableFuture<PrintResult> printSlip(NextStep step, String language) {
            return kiosk.office.printSlip(step, language);
          }

          @Override
          public NextSteps nextSteps() {
            return kiosk.office.nextSteps();
          }

          @Override
          public CompletableFuture<Void> rate(String reference, Rating rating) {
            return kiosk.office.rate(reference, rating);
          }

          @Override
          public CompletableFuture<IssuedTicket> issue(TicketRequest request) {
            return kiosk.office.issue(request);
          }

          @Override
          public CompletableFuture<WaitEstimate> estimateWait(IssuedTicket ticket) {
            return kiosk.office.estimateWait(ticket);
          }

          @Override
          public CompletableFuture<PrintResult> print(IssuedTicket ticket) {
            visitsWhenPrinting[0] = kiosk.visits();
            return kiosk.office.print(ticket);
          }
        };
    flow = flowWith(watching);
    later();
    flow.start();
    later();
    flow.chooseQuestion("employer");

    assertThat(visitsWhenPrinting[0]).isEqualTo(1);
  }

  @Test
  void aLedgerThatFailsShowsAPlainMessageAndNoNumber() {
    TicketOffice broken =
        new TicketOffice() {
          @Override
          public CompletableFuture<Optional<Ticket>> recordSelfService(TicketRequest request) {
            return kiosk.office.recordSelfService(request);
          }

          @Override
          public CompletableFuture<PrintResult> printSlip(NextStep step, String language) {
            return kiosk.office.printSlip(step, language);
          }

          @Override
          public NextSteps nextSteps() {
            return kiosk.office.nextSteps();
          }

          @Override
          public CompletableFuture<Void> rate(String reference, Rating rating) {
            return kiosk.office.rate(reference, rating);
          }

          @Override
          public CompletableFuture<IssuedTicket> issue(TicketRequest request) {
            return CompletableFuture.failedFuture(new IllegalStateException("disk full"));
          }

          @Override
          public CompletableFuture<WaitEstimate> estimateWait(IssuedTicket ticket) {
            throw new AssertionError("no ticket, no estimate");
          }

          @Override
          public CompletableFuture<PrintResult> print(IssuedTicket ticket) {
            throw new AssertionError("no ticket, no paper");
          }
        };
    flow = flowWith(broken);
    later();
    flow.start();
    later();
    flow.chooseQuestion("employer");

    assertThat(flow.ticket().stateProperty().get()).isEqualTo(State.FAILED);
    assertThat(flow.ticket().numberProperty().get()).isEmpty();
    later();
    flow.done();
    assertThat(flow.screenProperty().get()).isEqualTo(Screen.WELCOME);
  }

  @Test
  void aTicketThatArrivesAfterTheVisitorLeftIsNotShownToTheNextOne() {
    CompletableFuture<IssuedTicket> slow = new CompletableFuture<>();
    TicketOffice slowOffice =
        new TicketOffice() {
          @Override
          public CompletableFuture<Optional<Ticket>> recordSelfService(TicketRequest request) {
            return kiosk.office.recordSelfService(request);
          }

          @Override
          public CompletableFuture<PrintResult> printSlip(NextStep step, String language) {
            return kiosk.office.printSlip(step, language);
          }

          @Override
          public NextSteps nextSteps() {
            return kiosk.office.nextSteps();
          }

          @Override
          public CompletableFuture<Void> rate(String reference, Rating rating) {
            return kiosk.office.rate(reference, rating);
          }

          @Override
          public CompletableFuture<IssuedTicket> issue(TicketRequest request) {
            return slow;
          }

          @Override
          public CompletableFuture<WaitEstimate> estimateWait(IssuedTicket ticket) {
            return kiosk.office.estimateWait(ticket);
          }

          @Override
          public CompletableFuture<PrintResult> print(IssuedTicket ticket) {
            return kiosk.office.print(ticket);
          }
        };
    flow = flowWith(slowOffice);
    later();
    flow.start();
    later();
    flow.chooseQuestion("employer");
    flow.reset();

    slow.complete(kiosk.office.issue(TicketRequest.of("employer", "nl")).join());

    assertThat(flow.ticket().numberProperty().get()).isEmpty();
    assertThat(kiosk.printer.printed()).as("the recorded ticket is still printed").hasSize(1);
  }

  @Test
  void theTicketScreenSaysHowManyWaitAhead() {
    kiosk.office.issue(TicketRequest.of("find_work", "nl")).join();
    kiosk.office.issue(TicketRequest.of("learning", "nl")).join();
    later();
    flow.chooseLanguage("en");
    later();
    flow.chooseQuestion("employer");

    assertThat(flow.ticket().aheadText().get()).isEqualTo("People ahead of you: 2");
    assertThat(flow.ticket().waitText().get())
        .as("no services finished today: no minutes")
        .isEmpty();
  }

  @Test
  void theCatchAllTileIsAlwaysLast() {
    assertThat(flow.questions()).last().satisfies(q -> assertThat(q.catchAll()).isTrue());
    assertThat(flow.questions()).hasSize(9);
  }

  @Test
  void thePlaceLineNamesRegionAndLocationInTheChosenLanguage() {
    assertThat(flow.placeLine().get())
        .isEqualTo("Werkcentrum Voorbeeldregio – inlooppunt Bibliotheek Hengelo");
    later();
    flow.chooseLanguage("en");
    assertThat(flow.placeLine().get())
        .isEqualTo("Werkcentrum Example Region – walk-in point Bibliotheek Hengelo");
  }

  /** The question and situation taps of one visit, a person's pace apart. */
  private void askAsAnEmployer() {
    later();
    flow.start();
    later();
    flow.chooseQuestion("employer");
  }

  @Test
  void withNoGidsTheVisitorGetsTheNextStepAndTheVisitCountsAsSelfService() {
    // Wednesday: no gids at the library; the town hall and Enschede are staffed now.
    kiosk.clock.set("2026-11-25T10:00");

    askAsAnEmployer();

    assertThat(flow.screenProperty().get()).isEqualTo(Screen.NEXT_STEP);
    assertThat(kiosk.waiting()).isEmpty();
    assertThat(kiosk.ledger.desk().finishedOn(LocalDate.of(2026, 11, 25)))
        .extracting(Ticket::outcomeCode)
        .containsExactly("self_service");
    NextStep step = flow.nextStep().stepProperty().get();
    assertThat(step.title()).isEqualTo("Er is nu geen gids");
    assertThat(step.here()).isEqualTo("Hier is weer een gids: morgen van 09:00 tot 12:30.");
    assertThat(step.places())
        .containsExactly(
            "Stadhuis Hengelo: nu open, tot 12:30",
            "Werkplein Enschede: nu open, tot 17:00",
            "Bibliotheek Almelo: vandaag van 13:00 tot 16:30");
    assertThat(step.phone()).isEqualTo("Bel 088 000 56 78");
    assertThat(step.phoneStatus()).isEqualTo("Nu bereikbaar, tot 17:00.");
    assertThat(step.qrLink()).isEqualTo("https://www.werkcentrum.example/vraag/werkgevers");
  }

  @Test
  void theNextStepFollowsTheLanguageOnScreen() {
    kiosk.clock.set("2026-11-25T18:00");
    askAsAnEmployer();

    later();
    flow.chooseLanguage("ar");

    NextStep step = flow.nextStep().stepProperty().get();
    assertThat(step.title()).isEqualTo("لا يوجد مرشد هنا الآن");
    assertThat(step.phoneStatus()).startsWith("متاح مرة أخرى").contains("08:30");
  }

  @Test
  void theNextStepPrintsOnceAsASlipWithTheQuestionsPage() {
    kiosk.clock.set("2026-11-25T10:00");
    askAsAnEmployer();

    later();
    flow.printNextStep();
    later();
    flow.printNextStep();

    assertThat(kiosk.printer.printed()).hasSize(1);
    assertThat(kiosk.printer.printed().get(0).elements())
        .contains(new TicketElement.QrCode("https://www.werkcentrum.example/vraag/werkgevers"));
    assertThat(flow.nextStep().paperText().get()).isEqualTo("Neem uw briefje mee.");
  }

  @Test
  void aGidsWhoLeftEarlySendsVisitorsToTheNextStepForTheRestOfTheDay() {
    kiosk.presence.override(
        Optional.of(
            new PresenceOverride(
                PresenceOverride.Kind.ABSENT,
                ZonedDateTime.of(2026, 11, 23, 9, 20, 0, 0, Timetable.ZONE))));

    askAsAnEmployer();

    assertThat(flow.screenProperty().get()).isEqualTo(Screen.NEXT_STEP);
    assertThat(flow.nextStep().stepProperty().get().here())
        .isEqualTo("Hier is weer een gids: morgen van 09:00 tot 12:30.");
  }

  @Test
  void whenTheWaitRunsPastClosingTheTicketSaysSoAndOffersTheNextStep() {
    kiosk.clock.set("2026-11-23T12:20");
    TicketOffice slowQueue =
        new TicketOffice() {
          @Override
          public CompletableFuture<IssuedTicket> issue(TicketRequest request) {
            return kiosk.office.issue(request);
          }

          @Override
          public CompletableFuture<WaitEstimate> estimateWait(IssuedTicket ticket) {
            return CompletableFuture.completedFuture(new WaitEstimate(4, OptionalInt.of(25)));
          }

          @Override
          public CompletableFuture<PrintResult> print(IssuedTicket ticket) {
            return kiosk.office.print(ticket);
          }

          @Override
          public CompletableFuture<Optional<Ticket>> recordSelfService(TicketRequest request) {
            return kiosk.office.recordSelfService(request);
          }

          @Override
          public CompletableFuture<PrintResult> printSlip(NextStep step, String language) {
            return kiosk.office.printSlip(step, language);
          }

          @Override
          public NextSteps nextSteps() {
            return kiosk.office.nextSteps();
          }

          @Override
          public CompletableFuture<Void> rate(String reference, Rating rating) {
            return kiosk.office.rate(reference, rating);
          }
        };
    flow = flowWith(slowQueue);

    askAsAnEmployer();

    assertThat(flow.screenProperty().get()).isEqualTo(Screen.TICKET);
    assertThat(flow.ticket().numberProperty().get()).isEqualTo("E-001");
    assertThat(flow.ticket().closingText().get())
        .isEqualTo(
            "Let op: de gids is hier tot 12:30. Misschien lukt het vandaag niet meer. U kunt"
                + " ook:");
    assertThat(flow.nextStep().stepProperty().get().phone()).isEqualTo("Bel 088 000 56 78");
  }

  @Test
  void aShortWaitBeforeClosingSaysNothingAboutClosing() {
    kiosk.clock.set("2026-11-23T12:00");

    askAsAnEmployer();

    assertThat(flow.ticket().numberProperty().get()).isEqualTo("E-001");
    assertThat(flow.ticket().closingText().get()).isEmpty();
  }

  @Test
  void aNewCatalogueMayOnlyReplaceTheScreensBetweenVisitors() {
    assertThat(flow.idleBetweenVisitors()).isTrue();

    later();
    flow.chooseLanguage("uk");
    assertThat(flow.idleBetweenVisitors()).as("a visitor chose a language").isFalse();
    later();
    flow.back();
    assertThat(flow.idleBetweenVisitors()).as("welcome, but still in Ukrainian").isFalse();

    flow.reset();
    assertThat(flow.idleBetweenVisitors()).isTrue();
  }

  @Test
  void theResetIsAnnouncedAloudOnceWhenTheCountdownStartsAndAgainAfterATouch() {
    later();
    flow.chooseLanguage("tr");
    later();
    flow.chooseQuestion("find_work");

    kiosk.clock.advance(Duration.ofSeconds(39));
    flow.tick();
    assertThat(kiosk.narration.said()).isEmpty();

    kiosk.clock.advance(Duration.ofSeconds(2));
    flow.tick();
    kiosk.clock.advance(Duration.ofSeconds(5));
    flow.tick();
    assertThat(kiosk.narration.said())
        .singleElement()
        .satisfies(
            said -> {
              assertThat(said.language()).isEqualTo("tr");
              assertThat(said.text())
                  .as("the countdown as it stood when the warning began, and how to stay")
                  .contains("19")
                  .contains(flow.texts().now(VisitorTexts.IDLE_CONTINUE));
            });

    flow.touched();
    kiosk.clock.advance(Duration.ofSeconds(41));
    flow.tick();
    assertThat(kiosk.narration.said()).hasSize(2);
  }

  @Test
  void theTicketScreenWarnsAloudOnlyNearItsEndThoughItsCountdownShowsThroughout() {
    later();
    flow.start();
    later();
    flow.chooseQuestion("find_work");
    later();
    flow.skipSituation();
    assertThat(flow.screenProperty().get()).isEqualTo(Screen.TICKET);

    kiosk.clock.advance(Duration.ofSeconds(5));
    flow.tick();
    assertThat(kiosk.narration.said()).isEmpty();

    kiosk.clock.advance(Duration.ofSeconds(6));
    flow.tick();
    assertThat(kiosk.narration.said())
        .singleElement()
        .satisfies(said -> assertThat(said.text()).isEqualTo(flow.ticket().countdownText().get()));
  }

  @Test
  void whatTheScreenSaysFollowsTheScreenAndTheLanguage() {
    String welcome = flow.spokenText();
    assertThat(welcome)
        .contains(flow.placeLine().get())
        .contains(flow.texts().now(VisitorTexts.WELCOME_TAP));

    later();
    flow.chooseLanguage("ar");
    assertThat(flow.spokenText())
        .contains(flow.texts().now(VisitorTexts.QUESTION_TITLE))
        .contains(flow.questions().get(0).labels().in("ar"))
        .doesNotContain(flow.questions().get(0).labels().in("nl"));

    later();
    flow.chooseQuestion("find_work");
    later();
    flow.skipSituation();
    assertThat(flow.spokenText())
        .as("the number letter by letter, as a gids calls it")
        .contains("W 0 0 1");

    flow.listen();
    assertThat(kiosk.narration.said()).last().isEqualTo(new Said("ar", flow.spokenText()));
  }
}
