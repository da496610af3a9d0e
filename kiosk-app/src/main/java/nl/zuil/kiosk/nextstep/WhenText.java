package nl.zuil.kiosk.nextstep;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.zuil.catalogue.OpeningHours;
import nl.zuil.catalogue.TimeRange;
import nl.zuil.catalogue.presence.Period;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.VisitorTexts;

/**
 * Times as a visitor reads them: "vandaag van 13:30 tot 16:30", "morgen ...", "dinsdag 1 december
 * ..."; weekday and month names come from the language itself, times are the 24-hour clock.
 */
public final class WhenText {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
  private static final String LEFT_TO_RIGHT_MARK = "\u200E";

  private final ScreenTexts texts;
  private final Locale locale;
  private final ZonedDateTime now;
  private final boolean rightToLeft;

  public WhenText(ScreenTexts texts, String language, ZonedDateTime now, boolean rightToLeft) {
    this.texts = texts;
    this.locale = Locale.forLanguageTag(language);
    this.now = now;
    this.rightToLeft = rightToLeft;
  }

  /**
   * Numbers and addresses that must read left to right inside right-to-left text. Without the mark
   * the bidi algorithm lays a phone number's groups out right to left ("78 56 000 088") and turns
   * "08:30-17:00" round; after a left-to-right mark every digit counts as left-to-right.
   */
  String ltr(String text) {
    return rightToLeft ? LEFT_TO_RIGHT_MARK + text : text;
  }

  String clock(ZonedDateTime moment) {
    return CLOCK.format(moment);
  }

  String period(Period period) {
    return texts.now(
        VisitorTexts.NEXT_PERIOD,
        Map.of(
            "day", day(period.start()),
            "from", clock(period.start()),
            "until", clock(period.end())));
  }

  private String day(ZonedDateTime moment) {
    long days = moment.toLocalDate().toEpochDay() - now.toLocalDate().toEpochDay();
    if (days == 0) {
      return texts.now(VisitorTexts.NEXT_TODAY);
    }
    if (days == 1) {
      return texts.now(VisitorTexts.NEXT_TOMORROW);
    }
    return DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(moment);
  }

  /**
   * Weekly hours in short: days in a row with the same hours together, e.g. "ma – vr 09:00-17:00".
   */
  public String weekly(OpeningHours hours) {
    List<String> groups = new ArrayList<>();
    DayOfWeek[] days = DayOfWeek.values();
    int i = 0;
    while (i < days.length) {
      List<TimeRange> ranges = hours.on(days[i]);
      int j = i;
      while (j + 1 < days.length && hours.on(days[j + 1]).equals(ranges)) {
        j++;
      }
      if (!ranges.isEmpty()) {
        String span = shortName(days[i]) + (j > i ? " – " + shortName(days[j]) : "");
        groups.add(
            span
                + " "
                + ltr(ranges.stream().map(TimeRange::toString).collect(Collectors.joining(", "))));
      }
      i = j + 1;
    }
    return String.join("; ", groups);
  }

  private String shortName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, locale);
  }
}
