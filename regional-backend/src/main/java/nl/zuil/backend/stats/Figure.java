package nl.zuil.backend.stats;

import java.util.OptionalDouble;

/**
 * One figure as it is published in a table, a chart, an export or the printed report: the number
 * when it may be shown, and always the text a reader sees ("12", "&lt; 5", "x", "34,5%", "–").
 */
public record Figure(Kind kind, OptionalDouble number, String text) {

  public enum Kind {
    /** A row label or other words. */
    LABEL,
    COUNT,
    PERCENT,
    MINUTES,
    /** No number: suppressed, not computable, or nothing to measure. */
    NONE,
    /**
     * Nothing was received for it (the inlooppunt sent no counts, or was not there yet): not a
     * zero, which the page and exports keep apart (decision 0705).
     */
    NO_DATA
  }

  public static Figure label(String text) {
    return new Figure(Kind.LABEL, OptionalDouble.empty(), text);
  }

  public static Figure none(String text) {
    return new Figure(Kind.NONE, OptionalDouble.empty(), text);
  }

  public static Figure noData(String text) {
    return new Figure(Kind.NO_DATA, OptionalDouble.empty(), text);
  }

  public boolean hasNumber() {
    return number.isPresent();
  }
}
