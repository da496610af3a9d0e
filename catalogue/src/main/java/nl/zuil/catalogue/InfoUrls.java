package nl.zuil.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A question's information page per language, where the region has one in that language: {@code
 * {"nl": "https://…/werk-zoeken", "ar": "https://…/ar/werk-zoeken"}}. Dutch is mandatory (the
 * validator enforces it, and that it is the question's {@code infoUrl}), so {@link #in(String)} can
 * always fall back to it (decision 0307).
 */
public record InfoUrls(Map<String, String> byLanguage) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public InfoUrls {
    byLanguage =
        byLanguage == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
  }

  @JsonValue
  @Override
  public Map<String, String> byLanguage() {
    return byLanguage;
  }

  /** The page in {@code language}, or the Dutch page when the region has none in it. */
  public String in(String language) {
    String url = byLanguage.get(language);
    return url == null || url.isBlank() ? byLanguage.get(Labels.DUTCH) : url;
  }
}
