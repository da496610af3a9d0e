package nl.zuil.kiosk.visitor;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.catalogue.Situation;
import nl.zuil.kiosk.text.VisitorTexts;
import nl.zuil.kiosk.ui.Controls;
import nl.zuil.kiosk.ui.Icons;
import nl.zuil.kiosk.ui.Paragraph;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;

/**
 * The optional, anonymous second tap. The chosen question stays in view, so the visitor sees the
 * first tap was understood; "Overslaan" is a tile as large as the others.
 */
final class SituationView {

  private SituationView() {}

  static Node build(VisitorFlowViewModel flow, ScreenGeometry screen) {
    List<Situation> situations = flow.situations();
    int columns = screen.portrait() ? 2 : 3;
    int tiles = situations.size() + 1;
    GridPane grid = QuestionView.grid(columns, (tiles + columns - 1) / columns);
    for (int i = 0; i < situations.size(); i++) {
      Situation situation = situations.get(i);
      Button tile =
          Controls.tile(
              "situation-" + situation.code(),
              flow.texts().label(situation.labels()),
              null,
              screen,
              "tile");
      tile.setOnAction(e -> flow.chooseSituation(situation.code()));
      grid.add(tile, i % columns, i / columns);
    }
    Button skip =
        Controls.tile(
            "skip",
            flow.texts().text(VisitorTexts.SITUATION_SKIP),
            Icons.icon("arrow-skip", screen.px(12)),
            screen,
            "tile",
            "secondary");
    skip.setOnAction(e -> flow.skipSituation());
    int last = situations.size();
    grid.add(skip, last % columns, last / columns, columns - last % columns, 1);

    VBox view =
        new VBox(
            questionChip(flow.questionProperty(), flow, screen),
            Controls.paragraph(flow.texts().text(VisitorTexts.SITUATION_TITLE), "screen-title"),
            grid);
    view.setId("situations");
    view.getStyleClass().addAll("screen", "situations");
    VBox.setVgrow(grid, Priority.ALWAYS);
    return view;
  }

  /** The question tapped before, as a chip: icon and label, not a button. */
  static Node questionChip(
      ObservableValue<QuestionType> question, VisitorFlowViewModel flow, ScreenGeometry screen) {
    StackPane icon = new StackPane();
    Paragraph label =
        Controls.paragraph(
            Bindings.createStringBinding(
                () -> {
                  QuestionType current = question.getValue();
                  return current == null ? "" : flow.texts().now(current.labels());
                },
                question,
                flow.languageCode()),
            "chip-label");
    question.addListener(
        (obs, old, current) ->
            icon.getChildren()
                .setAll(
                    current == null
                        ? List.of()
                        : List.of(Icons.icon(current.icon(), screen.px(8)))));
    HBox chip = new HBox(icon, label);
    chip.getStyleClass().add("chip");
    chip.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(label, Priority.ALWAYS);
    return chip;
  }
}
