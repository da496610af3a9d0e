package nl.zuil.backend.stats;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import nl.zuil.backend.text.Messages;

/** How a dashboard names its period and the steps of its visits-over-time chart. */
final class DateLabels {

  private final Messages text;
  private final Locale locale;

  DateLabels(Messages text) {
    this.text = text;
    this.locale = text.language().locale();
  }

  /**
   * "1 november 2026 t/m 30 november 2026"; a period that is not over says so and ends today: "1
   * t/m 7 december 2026, loopt nog" (decision 0705).
   */
  String period(Period period, LocalDate today) {
    if (period.notStarted(today)) {
      return text.get("period.not_started", range(period.from(), period.to()));
    }
    if (period.ongoing(today)) {
      return text.get("period.ongoing", range(period.from(), today));
    }
    return range(period.from(), period.to());
  }

  /** "1 t/m 7 december 2026" within a month, else both days in full. */
  String range(LocalDate from, LocalDate to) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    if (from.equals(to)) {
      return day.format(from);
    }
    if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
      return text.get("period.range", from.getDayOfMonth(), day.format(to));
    }
    return text.get("period.range", day.format(from), day.format(to));
  }

  /** "Dag", "Week", "Maand": what one step of the period is. */
  String stepName(Period period) {
    return text.get("step." + period.step().name().toLowerCase(Locale.ROOT));
  }

  /**
   * A week is labelled with the days of it that fall in the period (and have passed); a week or
   * month that covers only some of its days says how many: "wk 50 · 7 dec. · 1 van 7 dagen".
   */
  String step(Period period, LocalDate today, LocalDate start) {
    return switch (period.step()) {
      case DAY -> DateTimeFormatter.ofPattern("EEE d MMM", locale).format(start);
      case WEEK -> {
        LocalDate first = first(period, start);
        LocalDate last = last(period, today, start);
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMM", locale);
        String days =
            first.equals(last)
                ? dayMonth.format(first)
                : first.getMonth() == last.getMonth()
                    ? first.getDayOfMonth() + "–" + dayMonth.format(last)
                    : dayMonth.format(first) + "–" + dayMonth.format(last);
        String label =
            text.get("step.week.label", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), days);
        yield partial(period, today, start) ? withDays(label, period, today, start) : label;
      }
      case MONTH -> {
        String label = DateTimeFormatter.ofPattern("MMM yyyy", locale).format(start);
        yield partial(period, today, start) ? withDays(label, period, today, start) : label;
      }
    };
  }

  /**
   * Whether the step counts fewer days than a whole one: cut by the period's start or end, or not
   * over yet. Its count is not comparable with a whole step's, and the chart marks it.
   */
  static boolean partial(Period period, LocalDate today, LocalDate start) {
    if (period.step() == SeriesStep.DAY) {
      return false;
    }
    return counted(period, today, start) < length(period, start);
  }

  private String withDays(String label, Period period, LocalDate today, LocalDate start) {
    return text.get("step.partial", label, counted(period, today, start), length(period, start));
  }

  private static long counted(Period period, LocalDate today, LocalDate start) {
    LocalDate last = last(period, today, start);
    LocalDate first = first(period, start);
    return last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
  }

  private static long length(Period period, LocalDate start) {
    return ChronoUnit.DAYS.between(start, period.step().next(start));
  }

  private static LocalDate first(Period period, LocalDate start) {
    return start.isBefore(period.from()) ? period.from() : start;
  }

  private static LocalDate last(Period period, LocalDate today, LocalDate start) {
    LocalDate last = period.step().next(start).minusDays(1);
    last = last.isAfter(period.to()) ? period.to() : last;
    return last.isAfter(today) && !first(period, start).isAfter(today) ? today : last;
  }
}
