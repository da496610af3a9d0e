package nl.zuil.kiosk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Labels;

/**
 * Texts from the catalogue in the language currently on screen, as bindings that follow a language
 * change. A language without a translation shows the Dutch text ({@link Labels#in}), never a key.
 */
public final class ScreenTexts {

  private final Catalogue catalogue;
  private final ObservableValue<String> language;

  public ScreenTexts(Catalogue catalogue, ObservableValue<String> language) {
    this.catalogue = catalogue;
    this.language = language;
  }

  /** Texts that never change language, such as the staff screens (always Dutch). */
  public static ScreenTexts fixed(Catalogue catalogue, String language) {
    return new ScreenTexts(catalogue, new ReadOnlyStringWrapper(language));
  }

  public StringBinding text(TextKey key) {
    Labels labels = catalogue.text(key.key());
    return Bindings.createStringBinding(() -> labels.in(language.getValue()), language);
  }

  public StringBinding label(Labels labels) {
    return Bindings.createStringBinding(() -> labels.in(language.getValue()), language);
  }

  /**
   * {@code key}'s text with each {@code {name}} replaced by the current value of {@code values}.
   */
  public StringBinding format(TextKey key, Map<String, ? extends ObservableValue<?>> values) {
    Labels labels = catalogue.text(key.key());
    List<Observable> dependencies = new ArrayList<>(values.values());
    dependencies.add(language);
    return Bindings.createStringBinding(
        () -> fill(labels.in(language.getValue()), currentValues(values)),
        dependencies.toArray(Observable[]::new));
  }

  public String now(TextKey key) {
    return catalogue.text(key.key()).in(language.getValue());
  }

  public String now(TextKey key, Map<String, ?> values) {
    return fill(now(key), values);
  }

  public String now(Labels labels) {
    return labels.in(language.getValue());
  }

  public static String fill(String template, Map<String, ?> values) {
    String text = template;
    for (Map.Entry<String, ?> value : values.entrySet()) {
      text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
    }
    return text;
  }

  private static Map<String, Object> currentValues(
      Map<String, ? extends ObservableValue<?>> values) {
    Map<String, Object> current = new java.util.HashMap<>();
    values.forEach((name, value) -> current.put(name, value.getValue()));
    return current;
  }
}
