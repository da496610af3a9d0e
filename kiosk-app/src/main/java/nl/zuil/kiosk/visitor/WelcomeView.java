package nl.zuil.kiosk.visitor;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.VisitorTexts;
import nl.zuil.kiosk.ui.Controls;
import nl.zuil.kiosk.ui.Icons;
import nl.zuil.kiosk.ui.Paragraph;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;

/**
 * The attract screen: what this place is, one large start button, and the languages. Tapping a
 * language starts as well, and tapping anywhere else counts as "Tik om te beginnen".
 */
final class WelcomeView {

  private WelcomeView() {}

  static Node build(VisitorFlowViewModel flow, ScreenGeometry screen) {
    ScreenTexts texts = flow.texts();
    Button start =
        Controls.button(
            "start",
            texts.text(VisitorTexts.WELCOME_TAP),
            Icons.icon("touch", screen.px(12)),
            screen,
            "start-button");
    start.setOnAction(e -> flow.start());

    TilePane languages = new TilePane();
    languages.setId("welcome-languages");
    languages.getStyleClass().add("welcome-languages");
    languages.setPrefColumns(screen.portrait() ? 2 : 3);
    languages.setAlignment(Pos.CENTER);
    LanguageBar.fill(languages, flow, screen, "welcome-language-");
    languages.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));
    languages.setMaxWidth(Region.USE_PREF_SIZE);

    VBox welcome =
        new VBox(
            centered(texts.text(VisitorTexts.WELCOME_TITLE), "welcome-title"),
            centered(texts.text(VisitorTexts.WELCOME_SUBTITLE), "welcome-subtitle"),
            start,
            centered(texts.text(VisitorTexts.WELCOME_LANGUAGE), "section-label"),
            languages);
    welcome.setId("welcome");
    welcome.getStyleClass().addAll("screen", "welcome");
    welcome.setAlignment(Pos.CENTER);
    welcome.setOnMouseClicked(
        e -> {
          if (!insideButton(e.getPickResult().getIntersectedNode())) {
            flow.start();
          }
        });
    return welcome;
  }

  private static Paragraph centered(ObservableValue<String> text, String style) {
    Paragraph paragraph = Controls.paragraph(text, style);
    paragraph.setTextAlignment(TextAlignment.CENTER);
    return paragraph;
  }

  private static boolean insideButton(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n instanceof ButtonBase) {
        return true;
      }
    }
    return false;
  }
}
