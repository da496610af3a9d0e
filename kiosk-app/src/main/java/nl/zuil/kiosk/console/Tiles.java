package nl.zuil.kiosk.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import nl.zuil.kiosk.ui.Controls;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;

/**
 * The console's choice tiles: the buttons a gids taps for an outcome, a partner, a question type or
 * a contact channel, two equal columns wide, for the ticket steps and the contact steps alike.
 */
final class Tiles {

  private Tiles() {}

  /** Two equal columns; a long label wraps onto a second line instead of being cut off. */
  static GridPane grid() {
    GridPane tiles = new GridPane();
    tiles.getStyleClass().add("tiles");
    for (int i = 0; i < 2; i++) {
      ColumnConstraints half = new ColumnConstraints();
      half.setPercentWidth(50);
      half.setFillWidth(true);
      tiles.getColumnConstraints().add(half);
    }
    return tiles;
  }

  /** {@link #grid()} holding {@code buttons}. */
  static GridPane grid(List<Node> buttons) {
    GridPane tiles = grid();
    place(tiles, buttons);
    return tiles;
  }

  /** Replaces what {@code tiles} holds with {@code buttons}, filling each cell. */
  static void place(GridPane tiles, List<Node> buttons) {
    tiles.getChildren().clear();
    for (int i = 0; i < buttons.size(); i++) {
      Node button = buttons.get(i);
      ((Button) button).setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
      GridPane.setFillHeight(button, true);
      tiles.add(button, i % 2, i / 2);
    }
  }

  /**
   * One button per choice, its id {@code idPrefix} and the choice's code.
   *
   * @param code the choice's code, for the button's id
   */
  static <T> List<Node> buttons(
      List<T> choices,
      String idPrefix,
      Function<T, String> code,
      Function<T, ObservableValue<String>> label,
      ScreenGeometry screen,
      String style,
      Consumer<T> onTap) {
    List<Node> buttons = new ArrayList<>();
    for (T choice : choices) {
      Button button =
          Controls.button(idPrefix + code.apply(choice), label.apply(choice), null, screen, style);
      button.setOnAction(e -> onTap.accept(choice));
      buttons.add(button);
    }
    return buttons;
  }
}
