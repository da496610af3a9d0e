package nl.zuil.backend.stats;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.OptionalDouble;
import nl.zuil.backend.text.Language;

/** Turns counts, shares and minutes into {@link Figure}s, in one language. */
final class Figures {

  static final String MISSING = "–";

  private final Suppression suppression;
  private final DecimalFormat oneDecimal;
  private final DecimalFormat whole;

  Figures(Suppression suppression, Language language) {
    this.suppression = suppression;
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(language.locale());
    this.oneDecimal = new DecimalFormat("0.0", symbols);
    this.whole = new DecimalFormat("0", symbols);
  }

  /** A count as suppression lets it be seen. */
  Figure count(Cell cell) {
    return new Figure(
        Figure.Kind.COUNT,
        cell.isShown() ? OptionalDouble.of(cell.value().getAsLong()) : OptionalDouble.empty(),
        suppression.text(cell));
  }

  /**
   * A count worked out from shown figures (a sum, a difference). It reveals nothing new, but a
   * small one is still not printed: it reads "&lt; 5" like any other.
   */
  Figure derivedCount(long count) {
    if (suppression.isSmall(count)) {
      return new Figure(Figure.Kind.COUNT, OptionalDouble.empty(), "< " + suppression.threshold());
    }
    return new Figure(Figure.Kind.COUNT, OptionalDouble.of(count), Long.toString(count));
  }

  /** A share of {@code part} in {@code whole}; "–" when either is not shown or whole is 0. */
  Figure share(Cell part, Cell of) {
    if (!part.isShown() || !of.isShown() || of.value().getAsLong() == 0) {
      return Figure.none(MISSING);
    }
    return share(part.value().getAsLong(), of.value().getAsLong());
  }

  Figure share(long part, long of) {
    double percent = 100.0 * part / of;
    return new Figure(
        Figure.Kind.PERCENT, OptionalDouble.of(percent), oneDecimal.format(percent) + "%");
  }

  /** A change in percent, with its sign: "+12,5%", "−3,0%". */
  Figure change(double percent) {
    String sign = percent > 0 ? "+" : percent < 0 ? "−" : "";
    return new Figure(
        Figure.Kind.PERCENT,
        OptionalDouble.of(percent),
        sign + oneDecimal.format(Math.abs(percent)) + "%");
  }

  Figure minutes(WaitingTimes.Minutes minutes) {
    if (minutes.atLeast()) {
      return new Figure(
          Figure.Kind.MINUTES,
          OptionalDouble.of(minutes.minutes()),
          "≥ " + whole.format(minutes.minutes()) + " min");
    }
    return new Figure(
        Figure.Kind.MINUTES,
        OptionalDouble.of(minutes.minutes()),
        whole.format(minutes.minutes()) + " min");
  }

  Figure missing() {
    return Figure.none(MISSING);
  }
}
