package nl.zuil.backend.text;

import java.util.Locale;
import java.util.Optional;

/** The languages of the staff pages: Dutch first, English second. */
public enum Language {
  DUTCH("nl", "Nederlands", Locale.forLanguageTag("nl-NL")),
  ENGLISH("en", "English", Locale.forLanguageTag("en-GB"));

  private final String code;
  private final String ownName;
  private final Locale locale;

  Language(String code, String ownName, Locale locale) {
    this.code = code;
    this.ownName = ownName;
    this.locale = locale;
  }

  /** The code catalogue labels are kept under ({@code Labels.in(code)}). */
  public String code() {
    return code;
  }

  /** The language's name in itself, as the switch offers it. */
  public String ownName() {
    return ownName;
  }

  public Locale locale() {
    return locale;
  }

  public static Optional<Language> of(String code) {
    for (Language language : values()) {
      if (language.code.equals(code)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
