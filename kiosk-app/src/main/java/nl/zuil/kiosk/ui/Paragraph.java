package nl.zuil.kiosk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

/**
 * Text that wraps, one {@link Text} per word in a {@link TextFlow}. JavaFX 21 draws a wrapped
 * right-to-left run wrongly (Arabic: the first line shows the whole sentence, the next lines repeat
 * its end), in a Label and in a Text alike; when every word is its own run, lines break between
 * runs and come out right. Words are never split, so Arabic letters join as they should.
 *
 * <p>The flow is built anew for every text and every change of direction: a TextFlow once laid out
 * left to right keeps placing right-to-left lines too far right (the Arabic ticket after Dutch ran
 * 56 px off the screen, and new words in the same flow did not help), while a new one comes out
 * right.
 */
public final class Paragraph extends StackPane {

  public static final String STYLE = "paragraph";

  // Held here: a binding only its listeners refer to would be collected, and the text would freeze.
  private final ObservableValue<String> text;
  private TextAlignment alignment = TextAlignment.LEFT;

  public Paragraph(ObservableValue<String> text, String... styles) {
    this.text = text;
    getStyleClass().add(STYLE);
    getStyleClass().addAll(styles);
    setMinHeight(Region.USE_PREF_SIZE);
    text.addListener((obs, old, now) -> setWords());
    effectiveNodeOrientationProperty().addListener((obs, old, now) -> setWords());
    setWords();
  }

  private void setWords() {
    String value = getText();
    List<Text> words = new ArrayList<>();
    if (!value.isEmpty()) {
      String[] parts = value.split(" ", -1);
      for (int i = 0; i < parts.length; i++) {
        Text word = new Text(i < parts.length - 1 ? parts[i] + " " : parts[i]);
        // A plain Text has no style class; the stylesheet colours paragraphs through ".text".
        word.getStyleClass().add("text");
        words.add(word);
      }
    }
    TextFlow flow = new TextFlow(words.toArray(Text[]::new));
    flow.setTextAlignment(alignment);
    getChildren().setAll(flow);
  }

  public void setTextAlignment(TextAlignment alignment) {
    this.alignment = alignment;
    ((TextFlow) getChildren().get(0)).setTextAlignment(alignment);
  }

  /** The whole text, as the visitor reads it. */
  public String getText() {
    String value = text.getValue();
    return value == null ? "" : value;
  }
}
