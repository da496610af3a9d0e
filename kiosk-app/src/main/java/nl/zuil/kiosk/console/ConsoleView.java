package nl.zuil.kiosk.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.zuil.catalogue.Outcome;
import nl.zuil.catalogue.Partner;
import nl.zuil.catalogue.PartnerRule;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.kiosk.console.ConsoleViewModel.Step;
import nl.zuil.kiosk.text.ConsoleTexts;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.TextKey;
import nl.zuil.kiosk.ui.Controls;
import nl.zuil.kiosk.ui.Icons;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;

/**
 * The gids console in the kiosk's staff layer: the queue on one side, the ticket being helped on
 * the other (one above the other on a portrait screen). Only builds nodes and binds.
 */
public final class ConsoleView {

  /**
   * The name of a ticket's row or button ({@code waiting-<reference>}), kept in the node's
   * properties rather than as its id: JavaFX caches the CSS of every distinct id for as long as the
   * stylesheets live, so an id per ticket grew the kiosk's heap by about 10 KiB a visit
   * (KioskHeapBench) until it ran out.
   */
  public static final String TICKET_NODE = "zuil.ticketNode";

  private final BorderPane root;
  private final TextField number;

  /**
   * @param backToMenu "Terug naar het menu"
   */
  public ConsoleView(ConsoleViewModel console, ScreenGeometry screen, Runnable backToMenu) {
    ScreenTexts texts = console.texts();
    number = numberField(console);
    Pane queue = queue(console, screen, texts, number);
    Pane helping = helping(console, screen, texts);
    Pane body;
    if (screen.portrait()) {
      body = new VBox(helping, queue);
      // The ticket being helped and its outcome buttons first, whole; the queue scrolls below.
      helping.setMinHeight(screen.heightPx() * 0.45);
      VBox.setVgrow(queue, Priority.ALWAYS);
    } else {
      body = new HBox(queue, helping);
      HBox.setHgrow(queue, Priority.ALWAYS);
      HBox.setHgrow(helping, Priority.ALWAYS);
      queue.setPrefWidth(screen.widthPx() * 0.45);
      helping.setPrefWidth(screen.widthPx() * 0.55);
    }
    body.getStyleClass().add("console-body");

    Button back =
        Controls.button(
            "console-back", texts.text(ConsoleTexts.BACK_TO_MENU), null, screen, "staff-button");
    back.setOnAction(e -> backToMenu.run());
    Label title =
        Controls.label(
            Bindings.concat(texts.text(ConsoleTexts.TITLE), " · ", console.desk().name()),
            "staff-title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(title, spacer, back);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("console-header");

    VBox top = new VBox(header, status(console, screen), message(console));
    top.getStyleClass().add("console-top");
    root = new BorderPane(body, top, null, null, null);
    root.setId("console");
    root.getStyleClass().addAll("staff", "console");
  }

  public Parent root() {
    return root;
  }

  /**
   * Puts the cursor in the number field, where a scanner types; call when the console shows. Only a
   * node on screen can take the focus, so this waits for the next pulse.
   */
  public void focusNumberField() {
    Platform.runLater(number::requestFocus);
  }

  private static TextField numberField(ConsoleViewModel console) {
    TextField field = new TextField();
    field.setId("console-number");
    field.getStyleClass().add("console-number-field");
    // Room for a scanned QR link and nothing more; the text is read as a ticket, never kept.
    field.setTextFormatter(
        new TextFormatter<String>(
            change ->
                change.getControlNewText().length() <= TicketInput.MAX_LENGTH ? change : null));
    field.textProperty().bindBidirectional(console.typedProperty());
    field.setOnAction(e -> console.callTyped());
    return field;
  }

  private static Pane queue(
      ConsoleViewModel console, ScreenGeometry screen, ScreenTexts texts, TextField number) {
    Button next =
        Controls.button(
            "console-call-next", texts.text(ConsoleTexts.CALL_NEXT), null, screen, "go-button");
    next.setMaxWidth(Double.MAX_VALUE);
    next.setOnAction(e -> console.callNext());

    Button call =
        Controls.button(
            "console-number-call",
            texts.text(ConsoleTexts.NUMBER_CALL),
            null,
            screen,
            "staff-button");
    call.setOnAction(e -> console.callTyped());
    number.setMinHeight(screen.minTouchPx());
    HBox.setHgrow(number, Priority.ALWAYS);
    HBox numberRow = new HBox(number, call);
    numberRow.getStyleClass().add("console-number-row");
    numberRow.setAlignment(Pos.CENTER_LEFT);

    Label waitingTitle =
        Controls.label(
            texts.format(
                ConsoleTexts.WAITING_TITLE, Map.of("count", Bindings.size(console.waiting()))),
            "console-section");
    Label empty =
        Controls.optionalLabel(
            Bindings.when(Bindings.isEmpty(console.waiting()))
                .then(texts.text(ConsoleTexts.WAITING_EMPTY))
                .otherwise(""),
            "staff-text");
    Label earlier =
        Controls.optionalLabel(
            Bindings.createStringBinding(
                () ->
                    console.waiting().stream().anyMatch(TicketRow::earlierDay)
                        ? texts.now(ConsoleTexts.EARLIER_HINT, Map.of("left", leftLabel(console)))
                        : "",
                console.waiting()),
            "console-hint");
    earlier.setId("console-earlier-hint");
    VBox rows = new VBox();
    rows.setId("console-waiting");
    rows.getStyleClass().add("console-rows");
    fill(rows, console.waiting(), row -> waitingRow(console, screen, row));
    ScrollPane scroll = scroll(rows);
    VBox.setVgrow(scroll, Priority.ALWAYS);

    VBox queue =
        new VBox(
            next,
            Controls.label(texts.text(ConsoleTexts.NUMBER_LABEL), "staff-text"),
            numberRow,
            Controls.label(texts.text(ConsoleTexts.NUMBER_HINT), "console-hint"),
            ContactPanel.build(console, screen),
            waitingTitle,
            earlier,
            empty,
            scroll);
    queue.getStyleClass().add("console-column");
    return queue;
  }

  private static String leftLabel(ConsoleViewModel console) {
    return console.outcomes().stream()
        .filter(o -> o.code().equals(ConsoleService.LEFT_WITHOUT_HELP))
        .findFirst()
        .map(o -> console.texts().now(o.labels()))
        .orElse("");
  }

  /** "Nog een vraag · W-001" or "Doorgeven · W-001": an action on the visit last finished here. */
  private static Button lastFinishedButton(
      ConsoleViewModel console,
      ScreenGeometry screen,
      ScreenTexts texts,
      String id,
      TextKey action) {
    return Controls.button(
        id,
        Bindings.createStringBinding(
            () ->
                console.lastFinishedProperty().get() == null
                    ? ""
                    : texts.now(action) + " · " + console.lastFinishedProperty().get().number(),
            console.lastFinishedProperty()),
        null,
        screen,
        "staff-button");
  }

  private static Pane helping(ConsoleViewModel console, ScreenGeometry screen, ScreenTexts texts) {
    Label none = Controls.label(texts.text(ConsoleTexts.CURRENT_NONE), "console-hint");
    none.setId("console-current-none");
    none.visibleProperty().bind(console.stepProperty().isEqualTo(Step.NONE));
    none.managedProperty().bind(none.visibleProperty());

    Button another =
        lastFinishedButton(
            console, screen, texts, "console-another-question", ConsoleTexts.ANOTHER_QUESTION);
    another.setOnAction(e -> console.anotherQuestion());
    another
        .visibleProperty()
        .bind(
            console
                .stepProperty()
                .isEqualTo(Step.NONE)
                .and(console.lastFinishedProperty().isNotNull()));
    another.managedProperty().bind(another.visibleProperty());
    Button handOn =
        lastFinishedButton(console, screen, texts, "console-hand-on", ConsoleTexts.HAND_ON);
    handOn.setOnAction(e -> console.handOn());
    handOn.visibleProperty().bind(another.visibleProperty());
    handOn.managedProperty().bind(handOn.visibleProperty());

    VBox ticket = currentTicket(console, screen, texts);
    ticket.visibleProperty().bind(console.stepProperty().isNotEqualTo(Step.NONE));
    ticket.managedProperty().bind(ticket.visibleProperty());

    VBox called = new VBox();
    called.setId("console-called");
    called.getStyleClass().add("console-rows");
    fill(called, console.called(), row -> calledRow(console, screen, row));
    Label calledTitle = Controls.label(texts.text(ConsoleTexts.CALLED_TITLE), "console-section");
    calledTitle.visibleProperty().bind(Bindings.isNotEmpty(console.called()));
    calledTitle.managedProperty().bind(calledTitle.visibleProperty());

    VBox referrals = new VBox();
    referrals.setId("console-referrals");
    referrals.getStyleClass().add("console-rows");
    fill(referrals, console.referrals(), row -> referralRow(console, screen, texts, row));
    Label referralsHint =
        Controls.label(
            texts.format(
                ConsoleTexts.REFERRALS_HINT,
                Map.of("confirm", texts.text(ConsoleTexts.REFERRALS_CONFIRM))),
            "console-hint");
    Label noReferrals =
        Controls.optionalLabel(
            Bindings.when(Bindings.isEmpty(console.referrals()))
                .then(texts.text(ConsoleTexts.REFERRALS_EMPTY))
                .otherwise(""),
            "console-hint");

    VBox finished = new VBox();
    finished.setId("console-finished");
    finished.getStyleClass().add("console-rows");
    fill(finished, console.finished(), row -> finishedRow(console, screen, texts, row));
    Label finishedTitle =
        Controls.label(texts.text(ConsoleTexts.FINISHED_TITLE), "console-section");
    Label finishedHint = Controls.label(texts.text(ConsoleTexts.FINISHED_HINT), "console-hint");
    VBox finishedPart = new VBox(finishedTitle, finishedHint, finished);
    finishedPart.visibleProperty().bind(Bindings.isNotEmpty(console.finished()));
    finishedPart.managedProperty().bind(finishedPart.visibleProperty());

    VBox column =
        new VBox(
            Controls.label(texts.text(ConsoleTexts.CURRENT_TITLE), "console-section"),
            none,
            another,
            handOn,
            ticket,
            calledTitle,
            called,
            Controls.label(texts.text(ConsoleTexts.REFERRALS_TITLE), "console-section"),
            referralsHint,
            noReferrals,
            referrals,
            finishedPart);
    column.getStyleClass().add("console-column");
    ScrollPane scroll = scroll(column);
    VBox wrapper = new VBox(scroll);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    return wrapper;
  }

  private static VBox currentTicket(
      ConsoleViewModel console, ScreenGeometry screen, ScreenTexts texts) {
    ObservableValue<String> number = currentText(console, TicketRow::number);
    Label numberLabel = Controls.label(number, "console-current-number");
    numberLabel.setId("console-current-number");
    Label question =
        Controls.label(currentText(console, TicketRow::question), "console-current-text");
    question.setId("console-current-question");
    Label situation =
        Controls.optionalLabel(currentText(console, TicketRow::situation), "console-current-muted");
    Label desk =
        Controls.optionalLabel(currentText(console, TicketRow::when), "console-current-muted");
    StackPane icon = new StackPane();
    console
        .currentProperty()
        .addListener(
            (obs, old, row) ->
                icon.getChildren()
                    .setAll(
                        row == null || row.icon().isEmpty()
                            ? List.of()
                            : List.of(Icons.icon(row.icon(), screen.px(9)))));
    HBox questionRow = new HBox(icon, question);
    questionRow.setAlignment(Pos.CENTER_LEFT);
    questionRow.getStyleClass().add("console-current-row");

    Button recall =
        Controls.button(
            "console-recall", texts.text(ConsoleTexts.RECALL), null, screen, "staff-button");
    recall.setOnAction(e -> console.recall());
    Button undo =
        Controls.button(
            "console-undo", texts.text(ConsoleTexts.UNDO), null, screen, "staff-button");
    undo.setOnAction(e -> console.undo());
    HBox again = new HBox(recall, undo);
    again.getStyleClass().add("console-buttons");
    // A finished ticket being corrected, or one taking a further question, is not called: nothing
    // to call again or put back.
    again
        .visibleProperty()
        .bind(console.correctingProperty().not().and(console.furtherQuestionProperty().isNull()));
    again.managedProperty().bind(again.visibleProperty());
    Label outcomeQuestion =
        Controls.label(
            Bindings.createStringBinding(
                () -> outcomeQuestion(console, texts),
                console.correctingProperty(),
                console.currentProperty()),
            "console-question");
    outcomeQuestion.setId("console-outcome-question");
    Label further =
        Controls.optionalLabel(
            Bindings.createStringBinding(
                () ->
                    console.furtherQuestionProperty().get() == null
                        ? ""
                        : texts.now(ConsoleTexts.ANOTHER_QUESTION)
                            + ": "
                            + texts.now(console.furtherQuestionProperty().get().labels()),
                console.furtherQuestionProperty()),
            "console-question");
    further.setId("console-further-question");

    GridPane outcomes =
        Tiles.grid(
            Tiles.buttons(
                console.outcomes(),
                "outcome-",
                Outcome::code,
                outcome -> texts.label(outcome.labels()),
                screen,
                "outcome-button",
                console::choose));
    outcomes.setId("console-outcomes");
    VBox outcomeStep = new VBox(again, further, outcomeQuestion, outcomes);
    outcomeStep.getStyleClass().add("console-step");
    outcomeStep.visibleProperty().bind(console.stepProperty().isEqualTo(Step.OUTCOME));
    outcomeStep.managedProperty().bind(outcomeStep.visibleProperty());

    GridPane partners = Tiles.grid();
    partners.setId("console-partners");
    Runnable partnerTiles =
        () ->
            Tiles.place(
                partners,
                console.partnerChoices().stream()
                    .map(partner -> partnerButton(console, screen, partner))
                    .toList());
    console
        .partnerChoices()
        .addListener((ListChangeListener<Partner>) change -> partnerTiles.run());
    partnerTiles.run();
    Button without =
        Controls.button(
            "partner-none", texts.text(ConsoleTexts.PARTNER_NONE), null, screen, "staff-button");
    without.setOnAction(e -> console.withoutPartner());
    without
        .visibleProperty()
        .bind(
            Bindings.createBooleanBinding(
                () ->
                    console.pendingOutcomeProperty().get() != null
                        && console.pendingOutcomeProperty().get().partner() == PartnerRule.OPTIONAL,
                console.pendingOutcomeProperty()));
    without.managedProperty().bind(without.visibleProperty());
    Button back =
        Controls.button(
            "partner-back", texts.text(ConsoleTexts.BACK), null, screen, "staff-button");
    back.setOnAction(e -> console.back());
    Label partnerQuestion =
        Controls.label(
            Bindings.createStringBinding(
                () ->
                    (console.pendingOutcomeProperty().get() == null
                            ? ""
                            : texts.now(console.pendingOutcomeProperty().get().labels()) + ": ")
                        + texts.now(ConsoleTexts.PARTNER_QUESTION),
                console.pendingOutcomeProperty()),
            "console-question");
    partnerQuestion.setId("console-partner-question");
    HBox partnerButtons = new HBox(without, back);
    partnerButtons.getStyleClass().add("console-buttons");
    Label partnerHint = Controls.label(texts.text(ConsoleTexts.PARTNER_HINT), "console-hint");
    partnerHint.setId("console-partner-hint");
    VBox partnerStep = new VBox(partnerQuestion, partnerHint, partners, partnerButtons);
    partnerStep.getStyleClass().add("console-step");
    partnerStep.visibleProperty().bind(console.stepProperty().isEqualTo(Step.PARTNER));
    partnerStep.managedProperty().bind(partnerStep.visibleProperty());

    VBox ticket =
        new VBox(
            numberLabel,
            questionRow,
            situation,
            desk,
            questionStep(console, screen, texts),
            outcomeStep,
            partnerStep,
            confirmStep(console, screen, texts));
    ticket.setId("console-current");
    ticket.getStyleClass().add("console-current");
    return ticket;
  }

  /** "Wat is er gebeurd?", or while correcting: "W-007 staat op: ... Wat is er echt gebeurd?" */
  private static String outcomeQuestion(ConsoleViewModel console, ScreenTexts texts) {
    TicketRow row = console.currentProperty().get();
    if (!console.correctingProperty().get() || row == null) {
      return texts.now(ConsoleTexts.OUTCOME_QUESTION);
    }
    return texts.now(
        ConsoleTexts.CORRECT_QUESTION, Map.of("ticket", row.number(), "outcome", row.outcome()));
  }

  /** "Weggegaan zonder hulp" asks once more: one mis-tap must not count against the location. */
  private static VBox confirmStep(
      ConsoleViewModel console, ScreenGeometry screen, ScreenTexts texts) {
    Label question =
        Controls.label(
            Bindings.createStringBinding(
                () -> {
                  TicketRow row = console.currentProperty().get();
                  Outcome outcome = console.pendingOutcomeProperty().get();
                  return row == null || outcome == null
                      ? ""
                      : texts.now(
                          ConsoleTexts.CONFIRM_QUESTION,
                          Map.of("ticket", row.number(), "outcome", texts.now(outcome.labels())));
                },
                console.currentProperty(),
                console.pendingOutcomeProperty()),
            "console-question");
    question.setId("console-confirm-question");
    Button yes =
        Controls.button(
            "console-confirm-yes", texts.text(ConsoleTexts.CONFIRM_YES), null, screen, "go-button");
    yes.setOnAction(e -> console.confirmChoice());
    Button back =
        Controls.button(
            "console-confirm-back", texts.text(ConsoleTexts.BACK), null, screen, "staff-button");
    back.setOnAction(e -> console.back());
    HBox buttons = new HBox(yes, back);
    buttons.getStyleClass().add("console-buttons");
    VBox step = new VBox(question, buttons);
    step.getStyleClass().add("console-step");
    step.visibleProperty().bind(console.stepProperty().isEqualTo(Step.CONFIRM));
    step.managedProperty().bind(step.visibleProperty());
    return step;
  }

  /** "Nog een vraag": what the further question is about (decision 1006). */
  private static VBox questionStep(
      ConsoleViewModel console, ScreenGeometry screen, ScreenTexts texts) {
    GridPane questions =
        Tiles.grid(
            Tiles.buttons(
                console.questionTypes(),
                "another-q-",
                QuestionType::code,
                question -> texts.label(question.labels()),
                screen,
                "outcome-button",
                console::chooseQuestion));
    questions.setId("console-another-questions");
    Label which =
        Controls.label(
            Bindings.createStringBinding(
                () ->
                    console.currentProperty().get() == null
                        ? ""
                        : texts.now(
                            ConsoleTexts.ANOTHER_QUESTION_WHICH,
                            Map.of("ticket", console.currentProperty().get().number())),
                console.currentProperty()),
            "console-question");
    which.setId("console-another-which");
    Button back =
        Controls.button(
            "another-back", texts.text(ConsoleTexts.BACK), null, screen, "staff-button");
    back.setOnAction(e -> console.back());
    VBox step = new VBox(which, questions, back);
    step.getStyleClass().add("console-step");
    step.visibleProperty().bind(console.stepProperty().isEqualTo(Step.QUESTION));
    step.managedProperty().bind(step.visibleProperty());
    return step;
  }

  private static Node status(ConsoleViewModel console, ScreenGeometry screen) {
    Label counts = Controls.label(console.countsProperty(), "staff-text");
    counts.setId("console-counts");
    Label outcomes = Controls.label(console.outcomeCountsProperty(), "console-hint");
    outcomes.setId("console-outcome-counts");
    Label printer =
        Controls.label(
            Bindings.createStringBinding(
                () ->
                    console.printerProperty().get() == null
                        ? ""
                        : console.printerProperty().get().text(),
                console.printerProperty()),
            "printer-ok");
    printer.setId("console-printer");
    console
        .printerProperty()
        .addListener(
            (obs, old, line) -> {
              printer.getStyleClass().removeAll("printer-ok", "printer-warning", "printer-fault");
              printer
                  .getStyleClass()
                  .add(
                      switch (line.level()) {
                        case OK -> "printer-ok";
                        case WARNING -> "printer-warning";
                        case FAULT -> "printer-fault";
                      });
            });
    Label sync =
        Controls.optionalLabel(
            Bindings.createStringBinding(
                () ->
                    console.syncProperty().get() == null ? "" : console.syncProperty().get().text(),
                console.syncProperty()),
            "staff-text");
    sync.setId("console-sync");
    console
        .syncProperty()
        .addListener(
            (obs, old, line) -> {
              sync.getStyleClass().removeAll("staff-text", "printer-warning");
              sync.getStyleClass()
                  .add(line != null && line.warning() ? "printer-warning" : "staff-text");
            });
    Label disk =
        Controls.optionalLabel(
            Bindings.createStringBinding(
                () -> console.diskProperty().get() == null ? "" : console.diskProperty().get(),
                console.diskProperty()),
            "printer-fault");
    disk.setId("console-disk");
    HBox devices = new HBox(printer, sync, disk);
    devices.getStyleClass().add("console-buttons");
    devices.setAlignment(Pos.CENTER_LEFT);
    return new VBox(counts, outcomes, devices, presence(console, screen));
  }

  /**
   * The roster's word on whether a gids is here, and the gids's own: "Gids aanwezig" and "Geen gids
   * meer vandaag" hold until midnight. Absent for a kiosk whose location has no gids hours.
   */
  private static Node presence(ConsoleViewModel console, ScreenGeometry screen) {
    ScreenTexts texts = console.texts();
    Label line = Controls.label(console.presenceLineProperty(), "staff-text");
    line.setId("console-presence");
    Button present =
        Controls.button(
            "presence-present",
            texts.text(ConsoleTexts.PRESENCE_PRESENT),
            null,
            screen,
            "staff-button");
    present.setOnAction(e -> console.gidsPresent());
    Button absent =
        Controls.button(
            "presence-absent",
            texts.text(ConsoleTexts.PRESENCE_ABSENT),
            null,
            screen,
            "staff-button");
    absent.setOnAction(e -> console.noGidsToday());
    HBox buttons = new HBox(present, absent);
    buttons.getStyleClass().add("console-buttons");
    VBox box = new VBox(line, buttons, leaving(console, screen));
    box.setVisible(console.rostered());
    box.setManaged(console.rostered());
    return box;
  }

  /** With visitors waiting, "Geen gids meer vandaag" first asks what happens to them (1005). */
  private static Node leaving(ConsoleViewModel console, ScreenGeometry screen) {
    ScreenTexts texts = console.texts();
    Label question = Controls.label(console.leavingQuestionProperty(), "console-question");
    question.setId("console-absent-question");
    Button serve =
        Controls.button(
            "presence-serve", texts.text(ConsoleTexts.ABSENT_SERVE), null, screen, "staff-button");
    serve.setOnAction(e -> console.serveWaitingThenLeave());
    Button nextStep =
        Controls.button(
            "presence-next-step",
            texts.text(ConsoleTexts.ABSENT_NEXT_STEP),
            null,
            screen,
            "staff-button");
    nextStep.setOnAction(e -> console.nextStepForWaiting());
    Button stay =
        Controls.button(
            "presence-stay", texts.text(ConsoleTexts.BACK), null, screen, "staff-button");
    stay.setOnAction(e -> console.stayAfterAll());
    HBox buttons = new HBox(serve, nextStep, stay);
    buttons.getStyleClass().add("console-buttons");
    VBox box = new VBox(question, buttons);
    box.getStyleClass().add("console-step");
    box.visibleProperty().bind(console.leavingQuestionProperty().isNotEmpty());
    box.managedProperty().bind(box.visibleProperty());
    return box;
  }

  private static Node message(ConsoleViewModel console) {
    Label message = Controls.optionalLabel(console.messageProperty(), "message-ok");
    message.setId("console-message");
    message.setMaxWidth(Double.MAX_VALUE);
    console
        .messageIsProblemProperty()
        .addListener(
            (obs, old, problem) -> {
              message.getStyleClass().removeAll("message-ok", "message-problem");
              message.getStyleClass().add(problem ? "message-problem" : "message-ok");
            });
    return message;
  }

  private static Node waitingRow(ConsoleViewModel console, ScreenGeometry screen, TicketRow row) {
    Button button = row(screen, row, "waiting-", row.when());
    if (row.earlierDay()) {
      button.getStyleClass().add("earlier");
    }
    button.setOnAction(e -> console.call(row));
    return button;
  }

  private static Node calledRow(ConsoleViewModel console, ScreenGeometry screen, TicketRow row) {
    Button button = row(screen, row, "called-", row.when());
    button.setOnAction(e -> console.select(row));
    return button;
  }

  private static Node referralRow(
      ConsoleViewModel console, ScreenGeometry screen, ScreenTexts texts, TicketRow row) {
    Label number = Controls.label(new ReadOnlyStringWrapper(row.number()), "console-row-number");
    // The number and "gelukt" stay whole; the words between them wrap (they were squeezed to one
    // character per line).
    number.setMinWidth(Region.USE_PREF_SIZE);
    Label what =
        Controls.label(
            new ReadOnlyStringWrapper(row.outcome() + " · " + row.question()), "staff-text");
    what.setMinWidth(0);
    HBox.setHgrow(what, Priority.ALWAYS);
    what.setMaxWidth(Double.MAX_VALUE);
    Node end;
    if (row.confirmed()) {
      Label confirmed = Controls.label(texts.text(ConsoleTexts.REFERRALS_CONFIRMED), "message-ok");
      confirmed.setMinWidth(Region.USE_PREF_SIZE);
      end = confirmed;
    } else {
      Button confirm =
          Controls.button(
              null, texts.text(ConsoleTexts.REFERRALS_CONFIRM), null, screen, "staff-button");
      nameForTicket(confirm, "confirm-", row);
      confirm.setMinWidth(Region.USE_PREF_SIZE);
      confirm.setOnAction(e -> console.confirm(row));
      end = confirm;
    }
    HBox line = new HBox(number, what, end);
    nameForTicket(line, "referral-", row);
    line.setAlignment(Pos.CENTER_LEFT);
    line.getStyleClass().add("console-referral");
    return line;
  }

  /** A ticket finished today, with "Uitkomst wijzigen" (decision 1004). */
  private static Node finishedRow(
      ConsoleViewModel console, ScreenGeometry screen, ScreenTexts texts, TicketRow row) {
    Label number = Controls.label(new ReadOnlyStringWrapper(row.number()), "console-row-number");
    number.setMinWidth(Region.USE_PREF_SIZE);
    Label what =
        Controls.label(
            new ReadOnlyStringWrapper(row.outcome() + " · " + row.question()), "staff-text");
    what.setMinWidth(0);
    HBox.setHgrow(what, Priority.ALWAYS);
    what.setMaxWidth(Double.MAX_VALUE);
    Button correct =
        Controls.button(null, texts.text(ConsoleTexts.CORRECT), null, screen, "staff-button");
    nameForTicket(correct, "correct-", row);
    correct.setMinWidth(Region.USE_PREF_SIZE);
    correct.setOnAction(e -> console.correct(row));
    HBox line = new HBox(number, what, correct);
    nameForTicket(line, "finished-", row);
    line.setAlignment(Pos.CENTER_LEFT);
    line.getStyleClass().add("console-referral");
    return line;
  }

  /** A ticket as a tappable row: number, question with icon, situation, and when. */
  private static void nameForTicket(Node node, String kind, TicketRow row) {
    node.getProperties().put(TICKET_NODE, kind + row.reference());
  }

  private static Button row(ScreenGeometry screen, TicketRow row, String kind, String when) {
    Label number = Controls.label(new ReadOnlyStringWrapper(row.number()), "console-row-number");
    number.setMinWidth(Region.USE_PREF_SIZE);
    Label question = Controls.label(new ReadOnlyStringWrapper(row.question()), "console-row-text");
    VBox words = new VBox(question);
    if (!row.situation().isEmpty()) {
      words
          .getChildren()
          .add(Controls.label(new ReadOnlyStringWrapper(row.situation()), "console-row-muted"));
    }
    HBox.setHgrow(words, Priority.ALWAYS);
    words.setMaxWidth(Double.MAX_VALUE);
    Label time = Controls.label(new ReadOnlyStringWrapper(when), "console-row-muted");
    time.setMinWidth(Region.USE_PREF_SIZE);
    HBox content = new HBox(number);
    if (!row.icon().isEmpty()) {
      content.getChildren().add(Icons.icon(row.icon(), screen.px(7)));
    }
    content.getChildren().addAll(words, time);
    content.setAlignment(Pos.CENTER_LEFT);
    words.setAlignment(Pos.CENTER_LEFT);
    content.getStyleClass().add("console-row-content");
    Button button =
        Controls.button(null, new ReadOnlyStringWrapper(""), content, screen, "console-row");
    nameForTicket(button, kind, row);
    button.textProperty().unbind();
    button.setText(null);
    button.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
    button.setMaxWidth(Double.MAX_VALUE);
    content.prefWidthProperty().bind(button.widthProperty().subtract(screen.px(8)));
    return button;
  }

  private static Node partnerButton(
      ConsoleViewModel console, ScreenGeometry screen, Partner partner) {
    String route = console.handoffLine(partner);
    Button button =
        Controls.button(
            "partner-" + partner.code(),
            route.isEmpty()
                ? console.texts().label(partner.labels())
                : Bindings.concat(console.texts().label(partner.labels()), "\n", route),
            null,
            screen,
            "partner-button");
    button.setOnAction(e -> console.choosePartner(partner));
    return button;
  }

  private static ScrollPane scroll(Node content) {
    ScrollPane scroll = new ScrollPane(content);
    // Lists can be long: they scroll, and never push the buttons above them off the screen.
    scroll.setPrefViewportHeight(100);
    // A finger drags a long list; a tap on a row still calls it.
    scroll.setPannable(true);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("console-scroll");
    return scroll;
  }

  private static ObservableValue<String> currentText(
      ConsoleViewModel console, Function<TicketRow, String> part) {
    return Bindings.createStringBinding(
        () ->
            console.currentProperty().get() == null
                ? ""
                : part.apply(console.currentProperty().get()),
        console.currentProperty());
  }

  /**
   * Keeps {@code pane} showing one node per row. A row that did not change keeps its node: the
   * board changes with every ticket, and building every row anew made each tap at the kiosk wait
   * for the whole queue's nodes and CSS.
   */
  private static void fill(
      Pane pane, ObservableList<TicketRow> rows, Function<TicketRow, Node> node) {
    Map<TicketRow, Node> shown = new HashMap<>();
    Runnable rebuild =
        () -> {
          Map<TicketRow, Node> next = new HashMap<>();
          List<Node> nodes = new ArrayList<>();
          for (TicketRow row : rows) {
            Node built = next.containsKey(row) ? null : shown.get(row);
            if (built == null) {
              built = node.apply(row);
            }
            next.put(row, built);
            nodes.add(built);
          }
          shown.clear();
          shown.putAll(next);
          pane.getChildren().setAll(nodes);
        };
    rows.addListener((ListChangeListener<TicketRow>) change -> rebuild.run());
    rebuild.run();
  }
}
