package nl.zuil.kiosk.text;

import java.util.List;

/**
 * The gids console's and the waiting-room display's catalogue texts. The console is Dutch, like the
 * staff screens: gidsen work in Dutch. The display shows its title in every catalogue language.
 */
public final class ConsoleTexts {

  public static final TextKey TITLE = TextKey.of("console.title");
  public static final TextKey CALL_NEXT = TextKey.of("console.callNext");
  public static final TextKey NUMBER_LABEL = TextKey.of("console.number.label");
  public static final TextKey NUMBER_HINT = TextKey.of("console.number.hint");
  public static final TextKey NUMBER_CALL = TextKey.of("console.number.call");
  public static final TextKey WAITING_TITLE = TextKey.of("console.waiting.title", "count");
  public static final TextKey WAITING_EMPTY = TextKey.of("console.waiting.empty");
  public static final TextKey WAITED = TextKey.of("console.waited", "minutes");
  public static final TextKey WAITED_JUST_NOW = TextKey.of("console.waited.justNow");
  public static final TextKey TIME_YESTERDAY = TextKey.of("console.time.yesterday", "time");
  public static final TextKey TIME_TODAY = TextKey.of("console.time.today", "time");
  public static final TextKey EARLIER_HINT = TextKey.of("console.earlier.hint", "left");
  public static final TextKey CALLED_TITLE = TextKey.of("console.called.title");
  public static final TextKey CALLED_AT = TextKey.of("console.called.at", "desk", "time");
  public static final TextKey CURRENT_TITLE = TextKey.of("console.current.title");
  public static final TextKey CURRENT_NONE = TextKey.of("console.current.none");
  public static final TextKey RECALL = TextKey.of("console.recall");
  public static final TextKey UNDO = TextKey.of("console.undo");
  public static final TextKey OUTCOME_QUESTION = TextKey.of("console.outcome.question");
  public static final TextKey PARTNER_QUESTION = TextKey.of("console.partner.question");
  public static final TextKey PARTNER_NONE = TextKey.of("console.partner.none");
  public static final TextKey BACK = TextKey.of("console.back");
  public static final TextKey BACK_TO_MENU = TextKey.of("console.backToMenu");
  public static final TextKey MESSAGE_CALLED =
      TextKey.of("console.message.called", "ticket", "desk");
  public static final TextKey MESSAGE_RECALLED = TextKey.of("console.message.recalled", "ticket");
  public static final TextKey MESSAGE_UNDONE = TextKey.of("console.message.undone", "ticket");
  public static final TextKey MESSAGE_FINISHED =
      TextKey.of("console.message.finished", "ticket", "outcome");
  public static final TextKey MESSAGE_CONFIRMED = TextKey.of("console.message.confirmed", "ticket");
  public static final TextKey MESSAGE_NOBODY_WAITING = TextKey.of("console.message.nobodyWaiting");
  public static final TextKey REFUSED_NOT_FOUND = TextKey.of("console.refused.notFound");
  public static final TextKey REFUSED_ALREADY_CALLED =
      TextKey.of("console.refused.alreadyCalled", "ticket", "desk");
  public static final TextKey REFUSED_NOT_CALLED =
      TextKey.of("console.refused.notCalled", "ticket");
  public static final TextKey REFUSED_FINISHED = TextKey.of("console.refused.finished", "ticket");
  public static final TextKey REFUSED_PARTNER_REQUIRED =
      TextKey.of("console.refused.partnerRequired");
  public static final TextKey REFUSED_UNKNOWN_CHOICE = TextKey.of("console.refused.unknownChoice");
  public static final TextKey REFUSED_NOT_REFERRAL =
      TextKey.of("console.refused.notReferral", "ticket");
  public static final TextKey REFUSED_ALREADY_CONFIRMED =
      TextKey.of("console.refused.alreadyConfirmed", "ticket");
  public static final TextKey FAILED = TextKey.of("console.failed");
  public static final TextKey ANOTHER_QUESTION = TextKey.of("console.anotherQuestion");
  public static final TextKey ANOTHER_QUESTION_WHICH =
      TextKey.of("console.anotherQuestion.which", "ticket");
  public static final TextKey MESSAGE_QUESTION_ADDED =
      TextKey.of("console.message.questionAdded", "ticket", "count");
  public static final TextKey HAND_ON = TextKey.of("console.handOn");
  public static final TextKey HANDED_ON = TextKey.of("console.handedOn", "desk");
  public static final TextKey MESSAGE_HANDED_ON = TextKey.of("console.message.handedOn", "ticket");
  public static final TextKey REFUSED_ALREADY_HANDED_ON =
      TextKey.of("console.refused.alreadyHandedOn", "ticket");
  public static final TextKey REFUSED_TOO_MANY_QUESTIONS =
      TextKey.of("console.refused.tooManyQuestions", "ticket");
  public static final TextKey REFERRALS_TITLE = TextKey.of("console.referrals.title");
  public static final TextKey REFERRALS_HINT = TextKey.of("console.referrals.hint", "confirm");
  public static final TextKey REFERRALS_CONFIRM = TextKey.of("console.referrals.confirm");
  public static final TextKey REFERRALS_CONFIRMED = TextKey.of("console.referrals.confirmed");
  public static final TextKey REFERRALS_EMPTY = TextKey.of("console.referrals.empty");
  public static final TextKey COUNTS =
      TextKey.of("console.counts", "visitors", "waiting", "called", "finished");
  public static final TextKey COUNTS_CONFIRMED =
      TextKey.of("console.counts.confirmed", "confirmed", "referred");
  public static final TextKey SYNC_LAST = TextKey.of("console.sync.last", "when");
  public static final TextKey SYNC_NEVER = TextKey.of("console.sync.never");
  public static final TextKey SYNC_UNKNOWN = TextKey.of("console.sync.unknown");
  public static final TextKey SYNC_TROUBLE = TextKey.of("console.sync.trouble", "when");
  public static final TextKey LOGIN_TITLE = TextKey.of("console.login.title");
  public static final TextKey LOGIN_PIN = TextKey.of("console.login.pin");
  public static final TextKey LOGIN_SUBMIT = TextKey.of("console.login.submit");
  public static final TextKey LOGIN_DESK = TextKey.of("console.login.desk");
  public static final TextKey LOGIN_CHOOSE_DESK = TextKey.of("console.login.chooseDesk");
  public static final TextKey LOGIN_REFUSED = TextKey.of("console.login.refused");
  public static final TextKey LOGIN_WAIT = TextKey.of("console.login.wait", "seconds");
  public static final TextKey LOGOUT = TextKey.of("console.logout");
  public static final TextKey LOGGED_OUT = TextKey.of("console.loggedOut");
  public static final TextKey SESSION_EXPIRED = TextKey.of("console.session.expired");
  public static final TextKey SESSION_NONE = TextKey.of("console.session.none");
  public static final TextKey REQUEST_REFUSED = TextKey.of("console.request.refused");
  public static final TextKey REQUEST_REPLAYED = TextKey.of("console.request.replayed");
  public static final TextKey CONNECTION_LOST = TextKey.of("console.connection.lost");
  public static final TextKey DISPLAY_TITLE = TextKey.of("display.title");
  public static final TextKey DISPLAY_SOUND_ON = TextKey.of("display.sound.on");
  public static final TextKey DISPLAY_SOUND_IS_ON = TextKey.of("display.sound.isOn");
  public static final TextKey DISPLAY_WAITING = TextKey.of("display.waiting");

  public static final TextKey PRESENCE_STAFFED = TextKey.of("console.presence.staffed", "until");
  public static final TextKey PRESENCE_STAFFED_OVERRIDE =
      TextKey.of("console.presence.staffedOverride", "time");
  public static final TextKey PRESENCE_UNSTAFFED = TextKey.of("console.presence.unstaffed", "next");
  public static final TextKey PRESENCE_UNSTAFFED_NO_NEXT =
      TextKey.of("console.presence.unstaffedNoNext");
  public static final TextKey PRESENCE_UNSTAFFED_OVERRIDE =
      TextKey.of("console.presence.unstaffedOverride", "time");
  public static final TextKey PRESENCE_PRESENT = TextKey.of("console.presence.present");
  public static final TextKey PRESENCE_ABSENT = TextKey.of("console.presence.absent");
  public static final TextKey MESSAGE_PRESENT = TextKey.of("console.message.present");
  public static final TextKey MESSAGE_ABSENT = TextKey.of("console.message.absent");
  public static final TextKey TIME_TOMORROW = TextKey.of("console.time.tomorrow", "time");
  public static final TextKey PARTNER_HINT = TextKey.of("console.partner.hint");
  public static final TextKey PARTNER_DESK = TextKey.of("console.partner.desk");
  public static final TextKey PARTNER_PHONE = TextKey.of("console.partner.phone", "phone");
  public static final TextKey PARTNER_OPEN = TextKey.of("console.partner.open", "until");
  public static final TextKey PARTNER_CLOSED_UNTIL =
      TextKey.of("console.partner.closedUntil", "next");
  public static final TextKey PARTNER_CLOSED = TextKey.of("console.partner.closed");

  // Correcting an outcome the same day (decision 1004).
  public static final TextKey FINISHED_TITLE = TextKey.of("console.finished.title");
  public static final TextKey FINISHED_HINT = TextKey.of("console.finished.hint");
  public static final TextKey CORRECT = TextKey.of("console.correct");
  public static final TextKey CORRECT_QUESTION =
      TextKey.of("console.correct.question", "ticket", "outcome");
  public static final TextKey MESSAGE_CORRECTED =
      TextKey.of("console.message.corrected", "ticket", "outcome");
  public static final TextKey REFUSED_CORRECTION_CLOSED =
      TextKey.of("console.refused.correctionClosed", "ticket");
  public static final TextKey REFUSED_NOT_FINISHED =
      TextKey.of("console.refused.notFinished", "ticket");
  public static final TextKey REFUSED_UNCHANGED = TextKey.of("console.refused.unchanged", "ticket");
  public static final TextKey CONFIRM_QUESTION =
      TextKey.of("console.confirm.question", "ticket", "outcome");
  public static final TextKey CONFIRM_YES = TextKey.of("console.confirm.yes");

  // Ending presence while people wait (decision 1005).
  public static final TextKey ABSENT_QUESTION = TextKey.of("console.absent.question", "count");
  public static final TextKey ABSENT_SERVE = TextKey.of("console.absent.serve");
  public static final TextKey ABSENT_NEXT_STEP = TextKey.of("console.absent.nextStep");
  public static final TextKey MESSAGE_ABSENT_SERVE =
      TextKey.of("console.message.absentServe", "count");
  public static final TextKey MESSAGE_ABSENT_NEXT_STEP =
      TextKey.of("console.message.absentNextStep", "count");
  public static final TextKey REFUSED_PEOPLE_WAITING =
      TextKey.of("console.refused.peopleWaiting", "count");
  public static final TextKey DISPLAY_NEXT_STEP_TITLE = TextKey.of("display.nextStep.title");
  public static final TextKey DISPLAY_NEXT_STEP_TEXT = TextKey.of("display.nextStep.text");
  // Contacts without a ticket (decision 1003).
  public static final TextKey CONTACT_OPEN = TextKey.of("console.contact.open");
  public static final TextKey CONTACT_CHANNEL_QUESTION = TextKey.of("console.contact.channel");
  public static final TextKey CONTACT_DESK = TextKey.of("console.contact.desk");
  public static final TextKey CONTACT_PHONE = TextKey.of("console.contact.phone");
  public static final TextKey CONTACT_ONLINE = TextKey.of("console.contact.online");
  public static final TextKey CONTACT_EMPLOYER = TextKey.of("console.contact.employer");
  public static final TextKey CONTACT_GROUP = TextKey.of("console.contact.group");
  public static final TextKey CONTACT_PEOPLE = TextKey.of("console.contact.people", "max");
  public static final TextKey CONTACT_QUESTION = TextKey.of("console.contact.question");
  public static final TextKey MESSAGE_CONTACT =
      TextKey.of("console.message.contact", "channel", "outcome");
  public static final TextKey REFUSED_PEOPLE = TextKey.of("console.refused.people", "max");

  private ConsoleTexts() {}

  public static List<TextKey> all() {
    return List.of(
        PRESENCE_STAFFED,
        PRESENCE_STAFFED_OVERRIDE,
        PRESENCE_UNSTAFFED,
        PRESENCE_UNSTAFFED_NO_NEXT,
        PRESENCE_UNSTAFFED_OVERRIDE,
        PRESENCE_PRESENT,
        PRESENCE_ABSENT,
        MESSAGE_PRESENT,
        MESSAGE_ABSENT,
        TIME_TOMORROW,
        PARTNER_HINT,
        PARTNER_DESK,
        PARTNER_PHONE,
        PARTNER_OPEN,
        PARTNER_CLOSED_UNTIL,
        PARTNER_CLOSED,
        TITLE,
        CALL_NEXT,
        NUMBER_LABEL,
        NUMBER_HINT,
        NUMBER_CALL,
        WAITING_TITLE,
        WAITING_EMPTY,
        WAITED,
        WAITED_JUST_NOW,
        TIME_YESTERDAY,
        TIME_TODAY,
        EARLIER_HINT,
        CALLED_TITLE,
        CALLED_AT,
        CURRENT_TITLE,
        CURRENT_NONE,
        RECALL,
        UNDO,
        OUTCOME_QUESTION,
        PARTNER_QUESTION,
        PARTNER_NONE,
        BACK,
        BACK_TO_MENU,
        MESSAGE_CALLED,
        MESSAGE_RECALLED,
        MESSAGE_UNDONE,
        MESSAGE_FINISHED,
        MESSAGE_CONFIRMED,
        MESSAGE_NOBODY_WAITING,
        REFUSED_NOT_FOUND,
        REFUSED_ALREADY_CALLED,
        REFUSED_NOT_CALLED,
        REFUSED_FINISHED,
        REFUSED_PARTNER_REQUIRED,
        REFUSED_UNKNOWN_CHOICE,
        REFUSED_NOT_REFERRAL,
        REFUSED_ALREADY_CONFIRMED,
        FAILED,
        REFERRALS_TITLE,
        REFERRALS_HINT,
        REFERRALS_CONFIRM,
        REFERRALS_CONFIRMED,
        REFERRALS_EMPTY,
        COUNTS,
        COUNTS_CONFIRMED,
        SYNC_LAST,
        SYNC_NEVER,
        SYNC_UNKNOWN,
        SYNC_TROUBLE,
        LOGIN_TITLE,
        LOGIN_PIN,
        LOGIN_SUBMIT,
        LOGIN_DESK,
        LOGIN_CHOOSE_DESK,
        LOGIN_REFUSED,
        LOGIN_WAIT,
        LOGOUT,
        LOGGED_OUT,
        SESSION_EXPIRED,
        SESSION_NONE,
        REQUEST_REFUSED,
        REQUEST_REPLAYED,
        CONNECTION_LOST,
        DISPLAY_TITLE,
        DISPLAY_SOUND_ON,
        DISPLAY_SOUND_IS_ON,
        DISPLAY_WAITING,
        FINISHED_TITLE,
        FINISHED_HINT,
        CORRECT,
        CORRECT_QUESTION,
        MESSAGE_CORRECTED,
        REFUSED_CORRECTION_CLOSED,
        REFUSED_NOT_FINISHED,
        REFUSED_UNCHANGED,
        CONFIRM_QUESTION,
        CONFIRM_YES,
        ABSENT_QUESTION,
        ABSENT_SERVE,
        ABSENT_NEXT_STEP,
        MESSAGE_ABSENT_SERVE,
        MESSAGE_ABSENT_NEXT_STEP,
        REFUSED_PEOPLE_WAITING,
        DISPLAY_NEXT_STEP_TITLE,
        DISPLAY_NEXT_STEP_TEXT,
        ANOTHER_QUESTION,
        ANOTHER_QUESTION_WHICH,
        MESSAGE_QUESTION_ADDED,
        REFUSED_TOO_MANY_QUESTIONS,
        HAND_ON,
        HANDED_ON,
        MESSAGE_HANDED_ON,
        REFUSED_ALREADY_HANDED_ON,
        CONTACT_OPEN,
        CONTACT_CHANNEL_QUESTION,
        CONTACT_DESK,
        CONTACT_PHONE,
        CONTACT_ONLINE,
        CONTACT_EMPLOYER,
        CONTACT_GROUP,
        CONTACT_PEOPLE,
        CONTACT_QUESTION,
        MESSAGE_CONTACT,
        REFUSED_PEOPLE);
  }
}
