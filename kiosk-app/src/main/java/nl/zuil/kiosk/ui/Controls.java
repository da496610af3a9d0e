package nl.zuil.kiosk.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;

/**
 * The few controls every kiosk screen is made of, built the same way everywhere: touch targets at
 * least 15 mm on this screen, no keyboard focus ring, text that wraps instead of being cut off.
 */
public final class Controls {

  public static final String TOUCH_TARGET = "touch-target";

  private Controls() {}

  /**
   * Body text size: 7 mm on this screen, and never below 28 px, so the smallest text (0.9 em) stays
   * above the 24 px the accessibility rules ask for. Nor above a 38th of the screen's short side:
   * the screens are laid out for that many lines of text, and a small panel with a dense pixel grid
   * (15.6 inches at 1920 x 1080) at 7 mm pushed the place line off the top and broke "Terug" into
   * one letter per line.
   */
  public static long baseFontPx(ScreenGeometry screen) {
    double shortSide = Math.min(screen.widthPx(), screen.heightPx());
    return Math.max(28, Math.round(Math.min(screen.px(7), shortSide / 38)));
  }

  public static String baseFontStyle(ScreenGeometry screen) {
    return "-fx-font-size: " + baseFontPx(screen) + "px;";
  }

  public static Button button(
      String id,
      ObservableValue<String> text,
      Node graphic,
      ScreenGeometry screen,
      String... styles) {
    Button button = new Button();
    button.setId(id);
    button.textProperty().bind(text);
    button.setGraphic(graphic);
    button.setWrapText(true);
    button.setTextOverrun(OverrunStyle.CLIP);
    button.setTextAlignment(TextAlignment.CENTER);
    button.setContentDisplay(graphic == null ? ContentDisplay.TEXT_ONLY : ContentDisplay.LEFT);
    // A touch kiosk has no keyboard; a focus ring would only mark the previous visitor's tap.
    button.setFocusTraversable(false);
    button.getStyleClass().add(TOUCH_TARGET);
    button.getStyleClass().addAll(styles);
    double min = screen.minTouchPx();
    button.setMinSize(min, min);
    return button;
  }

  public static Label label(ObservableValue<String> text, String... styles) {
    Label label = new Label();
    label.textProperty().bind(text);
    label.setWrapText(true);
    label.setTextOverrun(OverrunStyle.CLIP);
    // Never squeezed below its text's height: JavaFX clips wrapped right-to-left text wrongly
    // (the first line is drawn whole), and a visitor must see every word anyway.
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.getStyleClass().addAll(styles);
    return label;
  }

  /** Visitor text that may wrap; see {@link Paragraph} for why it is not a Label. */
  public static Paragraph paragraph(ObservableValue<String> text, String... styles) {
    return new Paragraph(text, styles);
  }

  /** A paragraph that takes no room while it has nothing to say. */
  public static Paragraph optionalParagraph(ObservableValue<String> text, String... styles) {
    Paragraph paragraph = paragraph(text, styles);
    paragraph
        .visibleProperty()
        .bind(Bindings.createBooleanBinding(() -> !paragraph.getText().isEmpty(), text));
    paragraph.managedProperty().bind(paragraph.visibleProperty());
    return paragraph;
  }

  /**
   * A large tile: icon (optional) above a paragraph that wraps within the tile. The text is the
   * button's graphic, not its text, for the reason in {@link Paragraph}.
   */
  public static Button tile(
      String id, ObservableValue<String> text, Node icon, ScreenGeometry screen, String... styles) {
    Button tile = button(id, text, null, screen, styles);
    tile.textProperty().unbind();
    tile.setText(null);
    Paragraph label = paragraph(text, "tile-text");
    label.setTextAlignment(TextAlignment.CENTER);
    label
        .prefWidthProperty()
        .bind(
            Bindings.createDoubleBinding(
                () ->
                    Math.max(
                        0, tile.getWidth() - tile.snappedLeftInset() - tile.snappedRightInset()),
                tile.widthProperty(),
                tile.insetsProperty()));
    VBox content = icon == null ? new VBox(label) : new VBox(icon, label);
    content.setAlignment(Pos.CENTER);
    content.getStyleClass().add("tile-content");
    tile.setGraphic(content);
    tile.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    return tile;
  }

  /** A label that takes no room while it has nothing to say. */
  public static Label optionalLabel(ObservableValue<String> text, String... styles) {
    Label label = label(text, styles);
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }
}
