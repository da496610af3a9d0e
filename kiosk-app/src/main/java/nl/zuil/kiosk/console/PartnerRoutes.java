package nl.zuil.kiosk.console;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.zuil.catalogue.OpeningHours;
import nl.zuil.catalogue.Partner;
import nl.zuil.catalogue.presence.GidsRoster;
import nl.zuil.catalogue.presence.Period;
import nl.zuil.catalogue.presence.Timetable;
import nl.zuil.kiosk.text.ConsoleTexts;
import nl.zuil.kiosk.text.ScreenTexts;

/**
 * How a gids reaches a partner for a warm handoff, in one line: its desk at this location when it
 * has one, else its phone line for professionals, and whether that is open now.
 */
final class PartnerRoutes {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private final ScreenTexts texts;
  private final String locationCode;

  PartnerRoutes(ScreenTexts texts, String locationCode) {
    this.texts = texts;
    this.locationCode = locationCode;
  }

  /** "Balie hier · open tot 12:30", "Bel 088 000 20 01 · gesloten, weer open morgen 08:00". */
  String line(Partner partner, GidsRoster roster) {
    Optional<Partner.Handoff> handoff = partner.route();
    if (handoff.isEmpty()) {
      return "";
    }
    Optional<Partner.Desk> desk = handoff.get().deskAt(locationCode);
    if (desk.isPresent()) {
      return texts.now(ConsoleTexts.PARTNER_DESK) + " · " + status(desk.get().hours(), roster);
    }
    if (handoff.get().phone() == null) {
      return "";
    }
    return texts.now(ConsoleTexts.PARTNER_PHONE, Map.of("phone", handoff.get().phone()))
        + " · "
        + status(handoff.get().phoneHours(), roster);
  }

  private String status(OpeningHours hours, GidsRoster roster) {
    Timetable timetable = roster.timetable(hours);
    ZonedDateTime now = roster.now();
    Optional<Period> open = timetable.current(now);
    if (open.isPresent()) {
      return texts.now(ConsoleTexts.PARTNER_OPEN, Map.of("until", CLOCK.format(open.get().end())));
    }
    return timetable
        .next(now)
        .map(
            p -> texts.now(ConsoleTexts.PARTNER_CLOSED_UNTIL, Map.of("next", when(p.start(), now))))
        .orElse(texts.now(ConsoleTexts.PARTNER_CLOSED));
  }

  /** "14:00" today, "morgen 08:00", or "dinsdag 08:00" later in the week. */
  static String when(ZonedDateTime moment, ZonedDateTime now, ScreenTexts texts) {
    long days = moment.toLocalDate().toEpochDay() - now.toLocalDate().toEpochDay();
    String time = CLOCK.format(moment);
    if (days == 0) {
      return time;
    }
    if (days == 1) {
      return texts.now(ConsoleTexts.TIME_TOMORROW, Map.of("time", time));
    }
    return DateTimeFormatter.ofPattern("EEEE d MMMM", DUTCH).format(moment) + " " + time;
  }

  private String when(ZonedDateTime moment, ZonedDateTime now) {
    return when(moment, now, texts);
  }
}
