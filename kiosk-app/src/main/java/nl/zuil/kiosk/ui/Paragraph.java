package nl.zuil.kiosk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Text that wraps, one {@link Text} per word. JavaFX 21 draws a wrapped right-to-left run wrongly
 * (Arabic: the first line shows the whole sentence, the next lines repeat its end), in a Label and
 * in a Text alike; when every word is its own run, lines break between runs and come out right.
 * Words are never split, so Arabic letters join as they should.
 */
public final class Paragraph extends TextFlow {

  public static final String STYLE = "paragraph";

  // Held here: a binding only its listeners refer to would be collected, and the text would freeze.
  private final ObservableValue<String> text;

  public Paragraph(ObservableValue<String> text, String... styles) {
    this.text = text;
    getStyleClass().add(STYLE);
    getStyleClass().addAll(styles);
    setMinHeight(Region.USE_PREF_SIZE);
    text.addListener((obs, old, now) -> setWords(now));
    setWords(text.getValue());
  }

  private void setWords(String value) {
    List<Text> words = new ArrayList<>();
    if (value != null && !value.isEmpty()) {
      String[] parts = value.split(" ", -1);
      for (int i = 0; i < parts.length; i++) {
        Text word = new Text(i < parts.length - 1 ? parts[i] + " " : parts[i]);
        // A plain Text has no style class; the stylesheet colours paragraphs through ".text".
        word.getStyleClass().add("text");
        words.add(word);
      }
    }
    getChildren().setAll(words);
  }

  /** The whole text, as the visitor reads it. */
  public String getText() {
    String value = text.getValue();
    return value == null ? "" : value;
  }
}
