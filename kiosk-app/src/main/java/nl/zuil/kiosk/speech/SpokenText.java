package nl.zuil.kiosk.speech;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A screen's lines as one text to read aloud. Each line ends as a sentence, so the voice pauses
 * between a title and a label as a reader's eye does; empty lines (a wait not yet known) are left
 * out.
 */
public final class SpokenText {

  private SpokenText() {}

  public static String of(List<String> lines) {
    return lines.stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .map(line -> endsSentence(line) ? line : line + ".")
        .collect(Collectors.joining(" "));
  }

  /** "W-014" as its letters and digits one by one, as a gids calls it. */
  public static String ticketNumber(String number) {
    return number
        .replace("-", "")
        .chars()
        .mapToObj(Character::toString)
        .collect(Collectors.joining(" "));
  }

  private static boolean endsSentence(String line) {
    char last = line.charAt(line.length() - 1);
    // Latin and Arabic sentence ends (؟ is the Arabic question mark, ۔ the full stop).
    return ".!?:;؟۔".indexOf(last) >= 0;
  }
}
