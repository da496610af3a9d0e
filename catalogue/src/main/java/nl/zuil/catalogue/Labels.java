package nl.zuil.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One text in every language the catalogue offers. Dutch is mandatory (the validator enforces it),
 * so {@link #in(String)} can always fall back to it: a visitor never sees a blank or a key.
 */
public record Labels(Map<String, String> byLanguage) {

  public static final String DUTCH = "nl";

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public Labels {
    byLanguage =
        byLanguage == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
  }

  public static Labels of(String dutch) {
    return new Labels(Map.of(DUTCH, dutch));
  }

  @JsonValue
  @Override
  public Map<String, String> byLanguage() {
    return byLanguage;
  }

  /** The text in {@code language}, or the Dutch text when that language has none. */
  public String in(String language) {
    String text = byLanguage.get(language);
    return text == null || text.isBlank() ? dutch() : text;
  }

  public boolean has(String language) {
    String text = byLanguage.get(language);
    return text != null && !text.isBlank();
  }

  public String dutch() {
    return byLanguage.getOrDefault(DUTCH, "");
  }
}
