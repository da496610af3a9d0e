package nl.zuil.kiosk.referral;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import nl.zuil.kiosk.text.ScreenTexts;

/**
 * The referral slip's fixed words in each visitor language (slip_xx.properties beside this class),
 * Dutch for a language it has no words in. Kept with the kiosk rather than in the region's
 * catalogue, so that a region's published catalogue without them still starts every kiosk.
 */
final class SlipTexts {

  static final String DUTCH = "nl";

  private static final Map<String, Properties> LOADED = new ConcurrentHashMap<>();

  private final Properties words;

  private SlipTexts(Properties words) {
    this.words = words;
  }

  static SlipTexts in(String language) {
    Properties words = LOADED.computeIfAbsent(language, SlipTexts::load);
    return new SlipTexts(words.isEmpty() ? LOADED.computeIfAbsent(DUTCH, SlipTexts::load) : words);
  }

  String get(String key) {
    String text = words.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("referral slip text '" + key + "' is missing");
    }
    return text;
  }

  String get(String key, Map<String, ?> values) {
    return ScreenTexts.fill(get(key), values);
  }

  private static Properties load(String language) {
    Properties words = new Properties();
    try (InputStream in = SlipTexts.class.getResourceAsStream("slip_" + language + ".properties")) {
      if (in != null) {
        words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
