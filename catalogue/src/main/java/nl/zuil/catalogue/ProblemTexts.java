package nl.zuil.catalogue;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The texts of {@link ProblemKind}s: {@code problems_nl.properties} for Dutch, {@code
 * problems_en.properties} for every other language. They are {@link MessageFormat} patterns, so an
 * apostrophe is written twice ({@code ''{0}''}, {@code foto''s}).
 */
final class ProblemTexts {

  static final Locale DUTCH = Locale.forLanguageTag("nl");
  static final Locale ENGLISH = Locale.ENGLISH;

  private static final String BUNDLE = "nl.zuil.catalogue.problems";

  // Never the JVM's default locale, and no base file to fall back on: a key missing from one
  // language fails the test that checks both files instead of showing the other language.
  private static final ResourceBundle.Control EXACTLY =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private ProblemTexts() {}

  static String format(ProblemKind kind, List<String> arguments, Locale language) {
    Locale texts = textLanguage(language);
    return new MessageFormat(pattern(kind, texts), texts).format(arguments.toArray());
  }

  /** Dutch for Dutch; English for any other language, which tools and logs use. */
  static Locale textLanguage(Locale language) {
    return language.getLanguage().equals(DUTCH.getLanguage()) ? DUTCH : ENGLISH;
  }

  /** The text of {@code kind} before its arguments are filled in. */
  static String pattern(ProblemKind kind, Locale language) {
    return bundle(language).getString(kind.key());
  }

  /** Every key one language's file holds. */
  static Set<String> keys(Locale language) {
    return bundle(language).keySet();
  }

  private static ResourceBundle bundle(Locale language) {
    return ResourceBundle.getBundle(BUNDLE, textLanguage(language), EXACTLY);
  }
}
