package nl.zuil.kiosk.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Labels;

/**
 * Checks at start-up that a catalogue holds every text the screens use, with its placeholders in
 * every translation. A region that deleted a text, or a {@code {seconds}} from one, learns it from
 * the kiosk refusing to start, not from a visitor staring at a blank.
 */
public final class TextKeyCheck {

  private TextKeyCheck() {}

  public static List<String> problems(Catalogue catalogue, Collection<TextKey> keys) {
    List<String> problems = new ArrayList<>();
    for (TextKey key : keys) {
      Labels labels = catalogue.texts().get(key.key());
      if (labels == null) {
        problems.add("texts." + key.key() + ": missing");
        continue;
      }
      labels
          .byLanguage()
          .forEach(
              (language, text) -> {
                for (String placeholder : key.placeholders()) {
                  if (!text.contains("{" + placeholder + "}")) {
                    problems.add(
                        "texts." + key.key() + "." + language + ": lacks {" + placeholder + "}");
                  }
                }
              });
    }
    return problems;
  }
}
