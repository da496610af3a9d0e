package nl.zuil.kiosk.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The console's lines about the disk under the ledger, in the staff language. From the kiosk's own
 * bundle ({@code disk_nl.properties}, {@code disk_en.properties}) rather than the catalogue: a
 * region's catalogue published before this release lacks them and must still start the kiosk.
 */
public final class DiskTexts {

  private final ResourceBundle bundle;
  private final Locale locale;

  public DiskTexts(String language) {
    this.locale = Locale.forLanguageTag(language);
    this.bundle =
        ResourceBundle.getBundle(
            "nl.zuil.kiosk.text.disk",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Self-service visits kept in memory because the disk is full. */
  public String held(int visits) {
    return format("held", visits);
  }

  /** A visit the disk refused, at a moment as the console writes times. */
  public String failed(String when) {
    return format("failed", when);
  }

  public String low(long megabytes) {
    return format("low", megabytes);
  }

  private String format(String key, Object value) {
    String pattern = bundle.getString(key);
    return new MessageFormat(pattern, locale).format(new Object[] {String.valueOf(value)});
  }
}
