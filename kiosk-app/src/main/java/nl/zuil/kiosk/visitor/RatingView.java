package nl.zuil.kiosk.visitor;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import nl.zuil.kiosk.text.VisitorTexts;
import nl.zuil.kiosk.ui.Controls;
import nl.zuil.kiosk.ui.Icons;
import nl.zuil.kiosk.ui.Paragraph;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;
import nl.zuil.ledger.rating.Rating;

/**
 * "Hoe was het?" (decision 0309): three large faces at the end of a visit, one tap, no text; and
 * the thank-you screen after the tap, which shows the faces again so a mis-tap can be corrected.
 */
final class RatingView {

  private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

  private RatingView() {}

  /**
   * The question and the three faces; takes no room where the visit cannot be rated.
   *
   * @param compact the word beside the face, not under it: for the bottom row of a landscape
   *     screen, which has width to spare and no height
   */
  static HBox faces(
      VisitorFlowViewModel flow, ScreenGeometry screen, String idPrefix, boolean compact) {
    // A label, not a paragraph: three words never wrap wrongly, and a label's text may overhang by
    // a glyph's width (the "J" of "Jak było?") as large type does.
    Label question =
        Controls.label(flow.texts().text(VisitorTexts.RATING_QUESTION), "rating-question");
    HBox row = new HBox(question);
    for (Rating face : Rating.values()) {
      row.getChildren().add(face(flow, screen, idPrefix, face, compact));
    }
    row.setId(idPrefix + "-rating");
    row.getStyleClass().add("rating");
    row.setAlignment(Pos.CENTER_LEFT);
    row.visibleProperty().bind(flow.facesShownProperty());
    row.managedProperty().bind(row.visibleProperty());
    return row;
  }

  /** "Dank je wel! Tot ziens.", the faces to correct the tap, and "Klaar". */
  static Node thanks(VisitorFlowViewModel flow, ScreenGeometry screen) {
    Paragraph thanks =
        Controls.paragraph(
            flow.texts().text(VisitorTexts.RATING_THANKS), "screen-title", "rating-thanks");
    thanks.setId("rating-thanks");
    thanks.setTextAlignment(TextAlignment.CENTER);
    Region spacer = new Region();
    VBox.setVgrow(spacer, Priority.ALWAYS);
    HBox bottom = new HBox(TicketView.doneButton(flow, screen, "rated-done"));
    bottom.getStyleClass().add("ticket-bottom");
    bottom.setAlignment(Pos.CENTER_RIGHT);
    HBox faces = faces(flow, screen, "rated", false);
    faces.setAlignment(Pos.CENTER);
    VBox view = new VBox(thanks, faces, spacer, bottom);
    view.setId("rated");
    view.setAlignment(Pos.TOP_CENTER);
    view.getStyleClass().addAll("screen", "rated", screen.portrait() ? "portrait" : "landscape");
    return view;
  }

  private static Button face(
      VisitorFlowViewModel flow,
      ScreenGeometry screen,
      String idPrefix,
      Rating face,
      boolean compact) {
    String id = idPrefix + "-face-" + face.code();
    Button button =
        Controls.button(
            id,
            flow.texts().text(VisitorFlowViewModel.faceText(face)),
            Icons.icon("face-" + face.code(), screen.px(compact ? 9 : 14)),
            screen,
            "secondary-button",
            "face");
    button.setContentDisplay(compact ? ContentDisplay.LEFT : ContentDisplay.TOP);
    // The word is under the face for those who read, and is the face's name for those who do not.
    button.accessibleTextProperty().bind(button.textProperty());
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.setOnAction(e -> flow.rate(face));
    flow.ratingProperty()
        .addListener((obs, was, now) -> button.pseudoClassStateChanged(CHOSEN, now == face));
    button.pseudoClassStateChanged(CHOSEN, flow.ratingProperty().get() == face);
    return button;
  }
}
