package nl.zuil.kiosk.visitor;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import nl.zuil.kiosk.nextstep.NextStep;
import nl.zuil.kiosk.text.VisitorTexts;
import nl.zuil.kiosk.ui.Controls;
import nl.zuil.kiosk.ui.Paragraph;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;

/**
 * Instead of a number when no gids is here: when one is here again, where else one is, how to call
 * or look online for this question, a QR code to the region's page, and a slip to take home.
 */
final class NextStepView {

  private static final double QR_MM = 70;

  private NextStepView() {}

  static Node build(VisitorFlowViewModel flow, ScreenGeometry screen) {
    NextStepScreenViewModel step = flow.nextStep();

    Paragraph title =
        Controls.paragraph(step.part(NextStep::title), "screen-title", "next-step-title");
    title.setId("next-step-title");
    VBox head = new VBox(title, SituationView.questionChip(flow.questionProperty(), flow, screen));
    head.getStyleClass().add("next-step-head");

    VBox info = details(step, "next-step");
    HBox.setHgrow(info, Priority.ALWAYS);

    Node side = qrAndPrint(flow, screen, "next-step");
    Pane body = screen.portrait() ? new VBox(info, side) : new HBox(info, side);
    body.getStyleClass().add("ticket-body");
    VBox.setVgrow(body, Priority.ALWAYS);

    Button done = TicketView.doneButton(flow, screen, "next-step-done");
    Paragraph countdown = Controls.paragraph(flow.ticket().countdownText(), "countdown");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bottom = new HBox(countdown, spacer, done);
    bottom.getStyleClass().add("ticket-bottom");
    bottom.setAlignment(Pos.CENTER_LEFT);

    Node faces = RatingView.faces(flow, screen, "next-step", !screen.portrait());
    VBox view;
    if (screen.portrait()) {
      view = new VBox(head, body, faces, bottom);
    } else {
      bottom.getChildren().add(2, faces);
      view = new VBox(head, body, bottom);
    }
    view.setId("next-step");
    view.getStyleClass()
        .addAll("screen", "next-step", screen.portrait() ? "portrait" : "landscape");
    return view;
  }

  /** The step's words: when here, where else, how to reach the Werkcentrum. */
  static VBox details(NextStepScreenViewModel step, String idPrefix) {
    Paragraph here = Controls.paragraph(step.part(NextStep::here), "next-step-here");
    here.setId(idPrefix + "-here");
    VBox places = new VBox();
    places.setId(idPrefix + "-places");
    places.getStyleClass().add("next-step-places");
    step.places()
        .addListener(
            (obs, old, lines) ->
                places
                    .getChildren()
                    .setAll(
                        lines.stream()
                            .map(
                                l ->
                                    (Node)
                                        Controls.paragraph(Bindings.concat(l), "next-step-place"))
                            .toList()));
    Paragraph phone = Controls.paragraph(step.part(NextStep::phone), "next-step-phone");
    phone.setId(idPrefix + "-phone");
    VBox info =
        new VBox(
            Controls.paragraph(step.part(NextStep::intro), "ticket-next"),
            here,
            Controls.optionalParagraph(step.part(NextStep::elsewhere), "next-step-heading"),
            places,
            Controls.paragraph(step.part(NextStep::contact), "next-step-heading"),
            phone,
            Controls.optionalParagraph(step.part(NextStep::phoneStatus), "ticket-info"),
            Controls.optionalParagraph(step.part(NextStep::phoneHours), "ticket-info"),
            Controls.paragraph(step.part(NextStep::website), "next-step-website"));
    info.getStyleClass().add("next-step-info");
    return info;
  }

  /** The QR code to the region's page, and "Print dit op papier" with what the paper does. */
  static Node qrAndPrint(VisitorFlowViewModel flow, ScreenGeometry screen, String idPrefix) {
    NextStepScreenViewModel step = flow.nextStep();
    double qrSide = screen.px(QR_MM);
    StackPane qrFrame = QrImage.framed(idPrefix + "-qr", step.part(NextStep::qrLink), qrSide);
    Paragraph scan = Controls.paragraph(step.part(NextStep::scanHint), "ticket-scan");
    scan.setTextAlignment(TextAlignment.CENTER);
    scan.setMaxWidth(qrSide * 1.3);

    // A tile, not a plain button: its paragraph wraps right-to-left text without clipping it.
    Button print =
        Controls.tile(
            idPrefix + "-print",
            flow.texts().text(VisitorTexts.NEXT_PRINT),
            null,
            screen,
            "go-button");
    print.setOnAction(e -> flow.printNextStep());
    print
        .disableProperty()
        .bind(step.paperProperty().isNotEqualTo(NextStepScreenViewModel.Paper.NONE));
    print.setMaxHeight(Region.USE_PREF_SIZE);
    Paragraph paper = Controls.optionalParagraph(step.paperText(), "ticket-paper");
    paper.setId(idPrefix + "-paper");
    paper.setMaxWidth(qrSide * 1.3);

    VBox box = new VBox(qrFrame, scan, print, paper);
    box.getStyleClass().add("ticket-qr-box");
    box.setAlignment(Pos.TOP_CENTER);
    box.setMinWidth(qrSide * 1.3);
    box.setPrefWidth(qrSide * 1.3);
    return box;
  }
}
