package nl.zuil.kiosk.visitor;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.kiosk.text.VisitorTexts;
import nl.zuil.kiosk.ui.Controls;
import nl.zuil.kiosk.ui.Icons;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;

/** Large tiles, icon above label, one per question type; "Iets anders / weet ik niet" last. */
final class QuestionView {

  private QuestionView() {}

  static Node build(VisitorFlowViewModel flow, ScreenGeometry screen) {
    List<QuestionType> questions = flow.questions();
    int columns = screen.portrait() ? 2 : 3;
    GridPane grid = grid(columns, (questions.size() + columns - 1) / columns);
    for (int i = 0; i < questions.size(); i++) {
      QuestionType question = questions.get(i);
      Button tile =
          Controls.tile(
              "question-" + question.code(),
              flow.texts().label(question.labels()),
              Icons.icon(question.icon(), screen.px(17)),
              screen,
              "tile");
      if (question.catchAll()) {
        tile.getStyleClass().add("catch-all");
      }
      tile.setOnAction(e -> flow.chooseQuestion(question.code()));
      boolean last = i == questions.size() - 1;
      int span = last ? columns - i % columns : 1;
      grid.add(tile, i % columns, i / columns, span, 1);
    }
    VBox view =
        new VBox(
            Controls.paragraph(flow.texts().text(VisitorTexts.QUESTION_TITLE), "screen-title"),
            grid);
    view.setId("questions");
    view.getStyleClass().addAll("screen", "questions");
    VBox.setVgrow(grid, Priority.ALWAYS);
    return view;
  }

  static GridPane grid(int columns, int rows) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("tiles");
    grid.setAlignment(Pos.CENTER);
    for (int c = 0; c < columns; c++) {
      ColumnConstraints column = new ColumnConstraints();
      column.setPercentWidth(100.0 / columns);
      column.setFillWidth(true);
      grid.getColumnConstraints().add(column);
    }
    for (int r = 0; r < rows; r++) {
      RowConstraints row = new RowConstraints();
      row.setVgrow(Priority.ALWAYS);
      row.setFillHeight(true);
      grid.getRowConstraints().add(row);
    }
    return grid;
  }
}
