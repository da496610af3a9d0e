package nl.zuil.backend.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.Set;

/**
 * The staff pages' own texts (labels of questions, situations, ... come from the region's
 * catalogue). One UTF-8 properties file per language; {@code {0}}, {@code {1}} are replaced by
 * arguments. No {@code MessageFormat}: its quoting rules would eat the apostrophe of "ma's".
 */
public final class Messages {

  private static final Map<Language, Properties> BUNDLES = load();

  private final Language language;

  private Messages(Language language) {
    this.language = language;
  }

  public static Messages in(Language language) {
    return new Messages(language);
  }

  public Language language() {
    return language;
  }

  /**
   * The text for {@code key}; a missing key is a programming error (a test checks both files hold
   * the same keys), never something to show.
   */
  public String get(String key, Object... arguments) {
    String text = BUNDLES.get(language).getProperty(key);
    if (text == null) {
      throw new NoSuchElementException("no message '" + key + "' in " + language.code());
    }
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return text;
  }

  /** The keys of one language's file, for the test that keeps the files in step. */
  public static Set<String> keys(Language language) {
    return BUNDLES.get(language).stringPropertyNames();
  }

  private static Map<Language, Properties> load() {
    Map<Language, Properties> bundles = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String resource = "messages_" + language.code() + ".properties";
      Properties properties = new Properties();
      try (InputStream in = Messages.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing " + resource);
        }
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bundles.put(language, properties);
    }
    return bundles;
  }
}
