package nl.zuil.kiosk.visitor;

import javafx.beans.value.ObservableValue;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import nl.zuil.kiosk.nextstep.NextStep;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.VisitorTexts;
import nl.zuil.kiosk.ui.Controls;
import nl.zuil.kiosk.ui.Icons;
import nl.zuil.kiosk.ui.Paragraph;
import nl.zuil.kiosk.visitor.TicketScreenViewModel.State;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;

/**
 * The number, very large; what happens next; the wait; the QR code to scan; whether paper comes
 * out; and how long the screen stays. "Klaar" lets the visitor clear it for the next one.
 */
final class TicketView {

  /**
   * The QR code on screen: large enough for any phone camera at arm's length; a portrait screen has
   * the room for a larger one.
   */
  private static final double QR_MM = 75;

  private static final double QR_MM_PORTRAIT = 95;

  /** Wide enough for "Print dit op papier" on two lines in every language. */
  private static final double CLOSING_PRINT_MM = 60;

  private TicketView() {}

  static Node build(VisitorFlowViewModel flow, ScreenGeometry screen) {
    TicketScreenViewModel ticket = flow.ticket();
    ScreenTexts texts = flow.texts();

    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(screen.px(20), screen.px(20));
    VBox issuing = new VBox(busy, centered(texts.text(VisitorTexts.TICKET_MOMENT), "ticket-next"));
    issuing.setId("ticket-issuing");
    showIn(issuing, ticket, State.ISSUING);

    Paragraph failedText = centered(texts.text(VisitorTexts.TICKET_FAILED), "ticket-failed");
    VBox failed = new VBox(failedText, doneButton(flow, screen, "done-failed"));
    failed.setId("ticket-failed");
    showIn(failed, ticket, State.FAILED);

    Pane issued = issued(flow, screen);
    issued.setId("ticket-issued");
    showIn(issued, ticket, State.ISSUED);

    StackPane view = new StackPane(issuing, failed, issued);
    view.setId("ticket");
    view.getStyleClass().addAll("screen", "ticket", screen.portrait() ? "portrait" : "landscape");
    return view;
  }

  private static Pane issued(VisitorFlowViewModel flow, ScreenGeometry screen) {
    TicketScreenViewModel ticket = flow.ticket();
    ScreenTexts texts = flow.texts();

    Label number = Controls.label(ticket.numberProperty(), "ticket-number");
    number.setId("ticket-number");
    // "W-014" reads left to right in every language; it must match the paper and the call.
    number.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    VBox numberBox =
        new VBox(
            Controls.paragraph(texts.text(VisitorTexts.TICKET_TITLE), "ticket-title"),
            number,
            SituationView.questionChip(ticket.questionProperty(), flow, screen));
    numberBox.getStyleClass().add("ticket-number-box");

    Paragraph paper = Controls.optionalParagraph(ticket.paperText(), "ticket-paper");
    paper.setId("ticket-paper");
    VBox info =
        new VBox(
            Controls.paragraph(texts.text(VisitorTexts.TICKET_NEXT), "ticket-next"),
            Controls.optionalParagraph(ticket.aheadText(), "ticket-info"),
            Controls.optionalParagraph(ticket.waitText(), "ticket-info"),
            paper);
    info.getStyleClass().add("ticket-info-box");
    info.getChildren().add(closing(flow, screen));

    double qrSide = screen.px(screen.portrait() ? QR_MM_PORTRAIT : QR_MM);
    StackPane qrFrame = QrImage.framed("ticket-qr", ticket.linkProperty(), qrSide);
    Paragraph scan = centered(texts.text(VisitorTexts.TICKET_SCAN), "ticket-scan");
    scan.setMaxWidth(qrSide * 1.2);
    VBox qrBox = new VBox(qrFrame, scan);
    qrBox.getStyleClass().add("ticket-qr-box");
    qrBox.setAlignment(Pos.TOP_CENTER);
    qrBox.setPrefWidth(qrSide * 1.2);

    Paragraph countdown = Controls.paragraph(ticket.countdownText(), "countdown");
    countdown.setId("ticket-countdown");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bottom = new HBox(countdown, spacer, doneButton(flow, screen, "done"));
    bottom.getStyleClass().add("ticket-bottom");
    bottom.setAlignment(Pos.CENTER_LEFT);
    Node faces = RatingView.faces(flow, screen, "ticket", !screen.portrait());

    Pane body;
    if (screen.portrait()) {
      numberBox.setAlignment(Pos.CENTER);
      body = new VBox(numberBox, info, qrBox);
    } else {
      VBox left = new VBox(numberBox, info);
      left.getStyleClass().add("ticket-left");
      HBox.setHgrow(left, Priority.ALWAYS);
      qrBox.setMinWidth(Region.USE_PREF_SIZE);
      body = new HBox(left, qrBox);
    }
    body.getStyleClass().add("ticket-body");
    VBox.setVgrow(body, Priority.ALWAYS);
    if (!screen.portrait()) {
      bottom.getChildren().add(2, faces);
      return new VBox(body, bottom);
    }
    return new VBox(body, faces, bottom);
  }

  /**
   * When the wait runs past the time the gids leaves: says so plainly and offers the next step, so
   * the visitor can choose to go or to call instead.
   */
  private static Node closing(VisitorFlowViewModel flow, ScreenGeometry screen) {
    NextStepScreenViewModel step = flow.nextStep();
    Paragraph warning = Controls.paragraph(flow.ticket().closingText(), "ticket-closing");
    warning.setId("ticket-closing");
    Button print =
        Controls.tile(
            "ticket-closing-print",
            flow.texts().text(VisitorTexts.NEXT_PRINT),
            null,
            screen,
            "go-button");
    print.setOnAction(e -> flow.printNextStep());
    print.setMinWidth(screen.px(CLOSING_PRINT_MM));
    print.setPrefWidth(screen.px(CLOSING_PRINT_MM));
    print.setMaxHeight(Region.USE_PREF_SIZE);
    print
        .disableProperty()
        .bind(step.paperProperty().isNotEqualTo(NextStepScreenViewModel.Paper.NONE));
    VBox words =
        new VBox(
            Controls.paragraph(step.part(NextStep::here), "ticket-info"),
            Controls.paragraph(step.part(NextStep::phone), "next-step-phone"),
            Controls.optionalParagraph(step.part(NextStep::phoneStatus), "ticket-info"),
            Controls.optionalParagraph(step.paperText(), "ticket-paper"));
    words.getStyleClass().add("ticket-closing-words");
    HBox.setHgrow(words, Priority.ALWAYS);
    HBox row = new HBox(words, print);
    row.getStyleClass().add("ticket-closing-row");
    row.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(warning, row);
    box.setId("ticket-closing-box");
    box.getStyleClass().add("ticket-closing-box");
    box.visibleProperty().bind(flow.ticket().closingAtProperty().isNotEmpty());
    box.managedProperty().bind(box.visibleProperty());
    return box;
  }

  private static Paragraph centered(ObservableValue<String> text, String style) {
    Paragraph paragraph = Controls.paragraph(text, style);
    paragraph.setTextAlignment(TextAlignment.CENTER);
    return paragraph;
  }

  static Button doneButton(VisitorFlowViewModel flow, ScreenGeometry screen, String id) {
    Button done =
        Controls.button(
            id,
            flow.texts().text(VisitorTexts.TICKET_DONE),
            Icons.icon("check", screen.px(8)),
            screen,
            "secondary-button");
    done.setOnAction(e -> flow.done());
    return done;
  }

  private static void showIn(Node node, TicketScreenViewModel ticket, State state) {
    node.visibleProperty().bind(ticket.stateProperty().isEqualTo(state));
    if (node instanceof VBox box && state != State.ISSUED) {
      box.setAlignment(Pos.CENTER);
      box.getStyleClass().add("ticket-message");
    }
  }
}
