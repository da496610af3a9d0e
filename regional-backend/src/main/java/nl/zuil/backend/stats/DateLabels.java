package nl.zuil.backend.stats;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

  /** "1 nov 2026 – 30 nov 2026". */
  String period(Period period) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
    return text.get("period.range", day.format(period.from()), day.format(period.to()));
  }

  /** "Dag", "Week", "Maand": what one step of the period is. */
  String stepName(Period period) {
    return text.get("step." + period.step().name().toLowerCase(Locale.ROOT));
  }

  /** A week is labelled with the days of it that fall in the period (and have passed). */
  String step(Period period, LocalDate today, LocalDate start) {
    return switch (period.step()) {
      case DAY -> DateTimeFormatter.ofPattern("EEE d MMM", locale).format(start);
      case WEEK -> {
        LocalDate first = start.isBefore(period.from()) ? period.from() : start;
        LocalDate last = start.plusDays(6);
        last = last.isAfter(period.to()) ? period.to() : last;
        last = last.isAfter(today) && !first.isAfter(today) ? today : last;
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMM", locale);
        String days =
            first.equals(last)
                ? dayMonth.format(first)
                : first.getMonth() == last.getMonth()
                    ? first.getDayOfMonth() + "–" + dayMonth.format(last)
                    : dayMonth.format(first) + "–" + dayMonth.format(last);
        yield text.get("step.week.label", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), days);
      }
      case MONTH -> DateTimeFormatter.ofPattern("MMM yyyy", locale).format(start);
    };
  }
}
