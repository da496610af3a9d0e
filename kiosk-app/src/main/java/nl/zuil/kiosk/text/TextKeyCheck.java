package nl.zuil.kiosk.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Labels;

/**
 * Checks at start-up that a catalogue holds every text the screens use, with its placeholders in
 * every translation. The kiosk fills a text its region's catalogue lacks from the release's own
 * catalogue first ({@code Catalogue.withTextsFrom}: a region's catalogue may predate a new button),
 * so what is left to refuse is a translation without its {@code {seconds}}, or a release whose own
 * catalogue lacks a text.
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
