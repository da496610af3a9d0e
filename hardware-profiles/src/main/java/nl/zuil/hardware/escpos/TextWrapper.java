package nl.zuil.hardware.escpos;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a line at spaces to fit a number of character columns; left to itself the printer would
 * break in the middle of a word.
 */
final class TextWrapper {

  private TextWrapper() {}

  static List<String> wrap(String text, int columns) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split(" +")) {
      while (word.length() > columns) {
        flush(line, lines);
        lines.add(word.substring(0, columns));
        word = word.substring(columns);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > columns) {
        flush(line, lines);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    flush(line, lines);
    if (lines.isEmpty()) {
      lines.add("");
    }
    return lines;
  }

  private static void flush(StringBuilder line, List<String> lines) {
    if (line.length() > 0) {
      lines.add(line.toString());
      line.setLength(0);
    }
  }
}
