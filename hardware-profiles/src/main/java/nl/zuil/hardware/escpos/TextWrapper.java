package nl.zuil.hardware.escpos;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a line at spaces, and only there, to fit a width: in printer columns for text the printer
 * draws, in dots for text drawn as an image. Left to itself the printer breaks inside a word, and
 * Java's line breaker breaks after a colon ("13:00 tot 16:" then "30"), so a time, a number or a
 * word stays whole wherever the text has a space to break at. Only a single word wider than the
 * whole line is cut, where it must be.
 */
public final class TextWrapper {

  private TextWrapper() {}

  /** {@code text} in lines of at most {@code columns} characters. */
  public static List<String> wrap(String text, int columns) {
    return wrap(text, columns, String::length);
  }

  /**
   * {@code text} in lines no wider than {@code maxWidth} as {@code width} measures a line (a line
   * is measured whole, so a shaped script is measured as it is drawn).
   */
  public static List<String> wrap(String text, double maxWidth, ToDoubleFunction<String> width) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : text.strip().split(" +")) {
      String longer = line.isEmpty() ? word : line + " " + word;
      if (width.applyAsDouble(longer) <= maxWidth) {
        line = longer;
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line);
      }
      line = word;
      while (line.length() > 1 && width.applyAsDouble(line) > maxWidth) {
        int fits = 1;
        while (fits < line.length()
            && width.applyAsDouble(line.substring(0, fits + 1)) <= maxWidth) {
          fits++;
        }
        lines.add(line.substring(0, fits));
        line = line.substring(fits);
      }
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }
}
