package nl.zuil.kiosk.text;

import java.util.List;

/**
 * A fixed screen text the kiosk takes from the catalogue's {@code texts}.
 *
 * @param placeholders the {@code {name}} parts every translation must keep, e.g. {@code seconds}
 */
public record TextKey(String key, List<String> placeholders) {

  public TextKey {
    placeholders = List.copyOf(placeholders);
  }

  public static TextKey of(String key, String... placeholders) {
    return new TextKey(key, List.of(placeholders));
  }
}
