package nl.zuil.kiosk.nextstep;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Contact;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.catalogue.TextDirection;
import nl.zuil.catalogue.presence.PlacePresence;
import nl.zuil.catalogue.presence.Presence;
import nl.zuil.catalogue.presence.Timetable;
import nl.zuil.kiosk.presence.GidsPresence;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.VisitorTexts;

/** Writes the next step for a question in a language, from the roster and the clock of now. */
public final class NextStepWriter {

  private final GidsPresence presence;

  public NextStepWriter(GidsPresence presence) {
    this.presence = presence;
  }

  public NextStep write(QuestionType question, String language) {
    Catalogue catalogue = presence.catalogue();
    ScreenTexts texts = ScreenTexts.fixed(catalogue, language);
    Presence here = presence.now();
    ZonedDateTime now = here.now();
    boolean rightToLeft =
        catalogue
            .language(language)
            .map(l -> l.direction() == TextDirection.RIGHT_TO_LEFT)
            .orElse(false);
    WhenText when = new WhenText(texts, language, now, rightToLeft);
    Contact contact = catalogue.contact().forQuestion(question.code());
    Timetable line = presence.roster().timetable(contact.phoneHours());
    String phoneStatus =
        line.current(now)
            .map(p -> texts.now(VisitorTexts.NEXT_PHONE_OPEN, Map.of("until", when.clock(p.end()))))
            .or(
                () ->
                    line.next(now)
                        .map(
                            p ->
                                texts.now(
                                    VisitorTexts.NEXT_PHONE_NEXT, Map.of("when", when.period(p)))))
            .orElse("");
    List<String> places =
        presence.nearestStaffed().stream().map(p -> place(p, texts, when)).toList();
    return new NextStep(
        texts.now(VisitorTexts.NEXT_TITLE),
        texts.now(VisitorTexts.NEXT_INTRO),
        hereLine(here, texts, when),
        places.isEmpty() ? "" : texts.now(VisitorTexts.NEXT_ELSEWHERE),
        places,
        texts.now(VisitorTexts.NEXT_CONTACT),
        texts.now(VisitorTexts.NEXT_PHONE, Map.of("phone", when.ltr(contact.phone()))),
        phoneStatus,
        texts.now(
            VisitorTexts.NEXT_PHONE_HOURS, Map.of("hours", when.weekly(contact.phoneHours()))),
        texts.now(VisitorTexts.NEXT_WEBSITE, Map.of("website", when.ltr(shown(contact.website())))),
        question.infoUrl(language),
        texts.now(VisitorTexts.TICKET_SCAN));
  }

  private String hereLine(Presence here, ScreenTexts texts, WhenText when) {
    if (!presence.hasGidsHours()) {
      return texts.now(VisitorTexts.NEXT_HERE_NEVER);
    }
    Optional<String> next =
        here.next().map(p -> texts.now(VisitorTexts.NEXT_HERE, Map.of("when", when.period(p))));
    return next.orElse(texts.now(VisitorTexts.NEXT_HERE_UNKNOWN));
  }

  private static String place(PlacePresence place, ScreenTexts texts, WhenText when) {
    String name = place.location().name();
    if (place.presence().staffed()) {
      return texts.now(
          VisitorTexts.NEXT_PLACE_OPEN,
          Map.of(
              "place", name, "until", when.clock(place.presence().current().orElseThrow().end())));
    }
    return texts.now(
        VisitorTexts.NEXT_PLACE_NEXT,
        Map.of("place", name, "when", when.period(place.presence().next().orElseThrow())));
  }

  /** "www.werkcentrum.example/werkgevers": what a visitor would type. */
  private static String shown(String website) {
    return website.replaceFirst("^https?://", "").replaceFirst("/$", "");
  }
}
