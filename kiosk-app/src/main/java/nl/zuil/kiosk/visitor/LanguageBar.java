package nl.zuil.kiosk.visitor;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.layout.Pane;
import nl.zuil.catalogue.Language;
import nl.zuil.catalogue.TextDirection;
import nl.zuil.kiosk.ui.Controls;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;

/**
 * One button per catalogue language, each named in its own language and script ("العربية", not a
 * flag); the language on screen is marked, so the visitor sees their tap took effect.
 */
final class LanguageBar {

  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

  private LanguageBar() {}

  static void fill(Pane pane, VisitorFlowViewModel flow, ScreenGeometry screen, String idPrefix) {
    for (Language language : flow.languages()) {
      Button button =
          Controls.button(
              idPrefix + language.code(),
              Bindings.createStringBinding(language::name),
              null,
              screen,
              "language");
      button.setNodeOrientation(
          language.direction() == TextDirection.RIGHT_TO_LEFT
              ? NodeOrientation.RIGHT_TO_LEFT
              : NodeOrientation.LEFT_TO_RIGHT);
      button.setOnAction(e -> flow.chooseLanguage(language.code()));
      flow.languageProperty()
          .addListener(
              (obs, old, now) -> button.pseudoClassStateChanged(SELECTED, now.equals(language)));
      button.pseudoClassStateChanged(SELECTED, flow.languageProperty().get().equals(language));
      pane.getChildren().add(button);
    }
  }
}
