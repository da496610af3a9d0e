package nl.zuil.kiosk.text;

import java.util.List;

/** Every catalogue text the visitor screens show; the kiosk refuses to start without one. */
public final class VisitorTexts {

  public static final TextKey PLACE = TextKey.of("welcome.place", "region", "location");
  public static final TextKey WELCOME_TITLE = TextKey.of("welcome.title");
  public static final TextKey WELCOME_SUBTITLE = TextKey.of("welcome.subtitle");
  public static final TextKey WELCOME_TAP = TextKey.of("welcome.tap");
  public static final TextKey WELCOME_LANGUAGE = TextKey.of("welcome.language");
  public static final TextKey QUESTION_TITLE = TextKey.of("question.title");
  public static final TextKey SITUATION_TITLE = TextKey.of("situation.title");
  public static final TextKey SITUATION_SKIP = TextKey.of("situation.skip");
  public static final TextKey TICKET_TITLE = TextKey.of("ticket.title");
  public static final TextKey TICKET_NEXT = TextKey.of("ticket.next");
  public static final TextKey TICKET_SCAN = TextKey.of("ticket.scan");
  public static final TextKey TICKET_MOMENT = TextKey.of("ticket.moment");
  public static final TextKey TICKET_FAILED = TextKey.of("ticket.failed");
  public static final TextKey TICKET_AHEAD = TextKey.of("ticket.ahead", "count");
  public static final TextKey TICKET_FIRST = TextKey.of("ticket.first");
  public static final TextKey TICKET_WAIT = TextKey.of("ticket.wait", "minutes");
  public static final TextKey TICKET_PRINTING = TextKey.of("ticket.printing");
  public static final TextKey TICKET_PRINTED = TextKey.of("ticket.printed");
  public static final TextKey TICKET_NO_PAPER = TextKey.of("ticket.noPaper");
  public static final TextKey TICKET_DONE = TextKey.of("ticket.done");
  public static final TextKey TICKET_COUNTDOWN = TextKey.of("ticket.countdown", "seconds");
  public static final TextKey BACK = TextKey.of("common.back");
  public static final TextKey LISTEN = TextKey.of("common.listen");
  public static final TextKey IDLE_COUNTDOWN = TextKey.of("idle.countdown", "seconds");
  public static final TextKey IDLE_CONTINUE = TextKey.of("idle.continue");
  public static final TextKey NEXT_TITLE = TextKey.of("nextStep.title");
  public static final TextKey NEXT_INTRO = TextKey.of("nextStep.intro");
  public static final TextKey NEXT_HERE = TextKey.of("nextStep.here.next", "when");
  public static final TextKey NEXT_HERE_NEVER = TextKey.of("nextStep.here.never");
  public static final TextKey NEXT_HERE_UNKNOWN = TextKey.of("nextStep.here.unknown");
  public static final TextKey NEXT_ELSEWHERE = TextKey.of("nextStep.elsewhere");
  public static final TextKey NEXT_PLACE_OPEN = TextKey.of("nextStep.place.open", "place", "until");
  public static final TextKey NEXT_PLACE_NEXT = TextKey.of("nextStep.place.next", "place", "when");
  public static final TextKey NEXT_CONTACT = TextKey.of("nextStep.contact");
  public static final TextKey NEXT_PHONE = TextKey.of("nextStep.phone", "phone");
  public static final TextKey NEXT_PHONE_OPEN = TextKey.of("nextStep.phone.open", "until");
  public static final TextKey NEXT_PHONE_NEXT = TextKey.of("nextStep.phone.next", "when");
  public static final TextKey NEXT_PHONE_HOURS = TextKey.of("nextStep.phone.hours", "hours");
  public static final TextKey NEXT_WEBSITE = TextKey.of("nextStep.website", "website");
  public static final TextKey NEXT_PRINT = TextKey.of("nextStep.print");
  public static final TextKey NEXT_PRINTING = TextKey.of("nextStep.printing");
  public static final TextKey NEXT_PRINTED = TextKey.of("nextStep.printed");
  public static final TextKey NEXT_NO_PAPER = TextKey.of("nextStep.noPaper");
  public static final TextKey NEXT_PERIOD = TextKey.of("nextStep.period", "day", "from", "until");
  public static final TextKey NEXT_TODAY = TextKey.of("nextStep.today");
  public static final TextKey NEXT_TOMORROW = TextKey.of("nextStep.tomorrow");
  public static final TextKey TICKET_CLOSING = TextKey.of("ticket.closing", "until");
  public static final TextKey RATING_QUESTION = TextKey.of("rating.question");
  public static final TextKey RATING_GOOD = TextKey.of("rating.good");
  public static final TextKey RATING_OK = TextKey.of("rating.ok");
  public static final TextKey RATING_BAD = TextKey.of("rating.bad");
  public static final TextKey RATING_THANKS = TextKey.of("rating.thanks");

  private VisitorTexts() {}

  public static List<TextKey> all() {
    return List.of(
        PLACE,
        WELCOME_TITLE,
        WELCOME_SUBTITLE,
        WELCOME_TAP,
        WELCOME_LANGUAGE,
        QUESTION_TITLE,
        SITUATION_TITLE,
        SITUATION_SKIP,
        TICKET_TITLE,
        TICKET_NEXT,
        TICKET_SCAN,
        TICKET_MOMENT,
        TICKET_FAILED,
        TICKET_AHEAD,
        TICKET_FIRST,
        TICKET_WAIT,
        TICKET_PRINTING,
        TICKET_PRINTED,
        TICKET_NO_PAPER,
        TICKET_DONE,
        TICKET_COUNTDOWN,
        BACK,
        LISTEN,
        IDLE_COUNTDOWN,
        IDLE_CONTINUE,
        NEXT_TITLE,
        NEXT_INTRO,
        NEXT_HERE,
        NEXT_HERE_NEVER,
        NEXT_HERE_UNKNOWN,
        NEXT_ELSEWHERE,
        NEXT_PLACE_OPEN,
        NEXT_PLACE_NEXT,
        NEXT_CONTACT,
        NEXT_PHONE,
        NEXT_PHONE_OPEN,
        NEXT_PHONE_NEXT,
        NEXT_PHONE_HOURS,
        NEXT_WEBSITE,
        NEXT_PRINT,
        NEXT_PRINTING,
        NEXT_PRINTED,
        NEXT_NO_PAPER,
        NEXT_PERIOD,
        NEXT_TODAY,
        NEXT_TOMORROW,
        TICKET_CLOSING,
        RATING_QUESTION,
        RATING_GOOD,
        RATING_OK,
        RATING_BAD,
        RATING_THANKS);
  }
}
