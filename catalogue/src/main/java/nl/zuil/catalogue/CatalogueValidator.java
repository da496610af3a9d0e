package nl.zuil.catalogue;

import static nl.zuil.catalogue.ProblemKind.ASK_SITUATION_WITHOUT_SITUATIONS;
import static nl.zuil.catalogue.ProblemKind.CATCH_ALL_COUNT;
import static nl.zuil.catalogue.ProblemKind.CODE_DUPLICATE;
import static nl.zuil.catalogue.ProblemKind.CODE_INVALID;
import static nl.zuil.catalogue.ProblemKind.CONTACT_FOR_QUESTION_EMPTY;
import static nl.zuil.catalogue.ProblemKind.CONTACT_MISSING;
import static nl.zuil.catalogue.ProblemKind.COORDINATES_INCOMPLETE;
import static nl.zuil.catalogue.ProblemKind.COORDINATES_OUTSIDE_NETHERLANDS;
import static nl.zuil.catalogue.ProblemKind.DATE_INVALID;
import static nl.zuil.catalogue.ProblemKind.DATE_TWICE;
import static nl.zuil.catalogue.ProblemKind.DESK_HOURS_MISSING;
import static nl.zuil.catalogue.ProblemKind.DESK_LOCATION_UNKNOWN;
import static nl.zuil.catalogue.ProblemKind.EMPTY_TEXT;
import static nl.zuil.catalogue.ProblemKind.FORMAT_VERSION_UNSUPPORTED;
import static nl.zuil.catalogue.ProblemKind.HANDOFF_EMPTY;
import static nl.zuil.catalogue.ProblemKind.HANDOFF_PHONE_HOURS_MISSING;
import static nl.zuil.catalogue.ProblemKind.ICON_INVALID;
import static nl.zuil.catalogue.ProblemKind.INFO_URLS_DUTCH_DIFFERS;
import static nl.zuil.catalogue.ProblemKind.INFO_URLS_DUTCH_MISSING;
import static nl.zuil.catalogue.ProblemKind.INFO_URL_MISSING;
import static nl.zuil.catalogue.ProblemKind.INFO_URL_WITH_FRAGMENT;
import static nl.zuil.catalogue.ProblemKind.LABELS_MISSING;
import static nl.zuil.catalogue.ProblemKind.LABEL_DUTCH_MISSING;
import static nl.zuil.catalogue.ProblemKind.LABEL_LANGUAGE_UNKNOWN;
import static nl.zuil.catalogue.ProblemKind.LANGUAGES_EMPTY;
import static nl.zuil.catalogue.ProblemKind.LANGUAGE_CODE_INVALID;
import static nl.zuil.catalogue.ProblemKind.LANGUAGE_DIRECTION_MISSING;
import static nl.zuil.catalogue.ProblemKind.LANGUAGE_DUPLICATE;
import static nl.zuil.catalogue.ProblemKind.LANGUAGE_DUTCH_MISSING;
import static nl.zuil.catalogue.ProblemKind.LANGUAGE_NAME_MISSING;
import static nl.zuil.catalogue.ProblemKind.LOCATION_CODE_INVALID;
import static nl.zuil.catalogue.ProblemKind.LOCATION_DUPLICATE;
import static nl.zuil.catalogue.ProblemKind.MISSING;
import static nl.zuil.catalogue.ProblemKind.NOT_A_WEEKDAY;
import static nl.zuil.catalogue.ProblemKind.OUTCOMES_EMPTY;
import static nl.zuil.catalogue.ProblemKind.PARTNER_REQUIRED_WITHOUT_PARTNERS;
import static nl.zuil.catalogue.ProblemKind.PERIODS_MISSING;
import static nl.zuil.catalogue.ProblemKind.PERIOD_INVALID;
import static nl.zuil.catalogue.ProblemKind.PERIOD_OVERLAP;
import static nl.zuil.catalogue.ProblemKind.PHONE_HOURS_MISSING;
import static nl.zuil.catalogue.ProblemKind.PHONE_INVALID;
import static nl.zuil.catalogue.ProblemKind.PREFIX_DUPLICATE;
import static nl.zuil.catalogue.ProblemKind.PREFIX_INVALID;
import static nl.zuil.catalogue.ProblemKind.QUESTION_TYPES_EMPTY;
import static nl.zuil.catalogue.ProblemKind.QUESTION_TYPE_UNKNOWN;
import static nl.zuil.catalogue.ProblemKind.RECORDING_HASH_INVALID;
import static nl.zuil.catalogue.ProblemKind.RECORDING_LANGUAGE_WITHOUT_TEXT;
import static nl.zuil.catalogue.ProblemKind.RECORDING_TEXT_UNKNOWN;
import static nl.zuil.catalogue.ProblemKind.RECORDING_TEXT_VARIES;
import static nl.zuil.catalogue.ProblemKind.SELF_SERVICE_MISSING;
import static nl.zuil.catalogue.ProblemKind.SELF_SERVICE_TWICE;
import static nl.zuil.catalogue.ProblemKind.SELF_SERVICE_WITH_PARTNER;
import static nl.zuil.catalogue.ProblemKind.SITUATION_UNKNOWN;
import static nl.zuil.catalogue.ProblemKind.TAKES_NO_QUESTION_TYPES;
import static nl.zuil.catalogue.ProblemKind.TARGET_GROUP_CATCH_ALL;
import static nl.zuil.catalogue.ProblemKind.TEXT_KEY_INVALID;
import static nl.zuil.catalogue.ProblemKind.TEXT_TOO_LONG;
import static nl.zuil.catalogue.ProblemKind.VERSION_TOO_LOW;
import static nl.zuil.catalogue.ProblemKind.WEBSITE_INVALID;
import static nl.zuil.catalogue.ProblemKind.WEBSITE_NOT_HTTPS;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds everything wrong with a bound catalogue at once, so a region's editor fixes a file in one
 * round instead of one error per attempt.
 */
final class CatalogueValidator {

  static final int FORMAT_VERSION = 1;

  private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
  private static final Pattern PREFIX = Pattern.compile("[A-Z]");
  private static final Pattern ICON = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  private static final Pattern TEXT_KEY = Pattern.compile("[a-z][a-zA-Z0-9_.-]{0,63}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** An organisation's phone line as people write it: digits, spaces, dashes, brackets, a +. */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,22}");

  private static final int MAX_PLACE_TEXT = 120;

  // The Netherlands with a margin; a point outside it is a typo or swapped lat/lon.
  private static final double MIN_LAT = 50.6;
  private static final double MAX_LAT = 53.7;
  private static final double MIN_LON = 3.2;
  private static final double MAX_LON = 7.3;

  private static final Set<String> WEEKDAYS =
      Arrays.stream(DayOfWeek.values()).map(OpeningHours::key).collect(Collectors.toSet());

  private final List<CatalogueProblem> problems = new ArrayList<>();
  private final Set<String> languageCodes = new HashSet<>();
  private final Set<String> locationCodes = new HashSet<>();

  static List<CatalogueProblem> validate(Catalogue catalogue) {
    CatalogueValidator validator = new CatalogueValidator();
    validator.check(catalogue);
    return validator.problems;
  }

  private void check(Catalogue c) {
    if (c.formatVersion() != FORMAT_VERSION) {
      problem("formatVersion", FORMAT_VERSION_UNSUPPORTED, c.formatVersion(), FORMAT_VERSION);
    }
    if (c.version() < 1) {
      problem("version", VERSION_TOO_LOW);
    }
    checkLanguages(c.languages());
    if (c.region() == null) {
      problem("region", MISSING);
    } else {
      checkCode("region.code", c.region().code());
      checkLabels("region.name", c.region().name());
    }
    checkQuestionTypes(c);
    checkSituations(c);
    checkOutcomesAndPartners(c);
    checkLocations(c.locations());
    checkClosedDays(c.closedDays());
    checkContact(c);
    checkSocialMap(c);
    checkSelfService(c);
    checkTexts(c.texts());
    checkRecordings(c);
  }

  private void checkLanguages(List<Language> languages) {
    if (languages.isEmpty()) {
      problem("languages", LANGUAGES_EMPTY);
      return;
    }
    for (int i = 0; i < languages.size(); i++) {
      Language language = languages.get(i);
      String at = "languages[" + i + "]";
      if (language.code() == null) {
        problem(at + ".code", MISSING);
      } else if (!LANGUAGE_CODE.matcher(language.code()).matches()) {
        problem(at + ".code", LANGUAGE_CODE_INVALID, language.code());
      } else if (!languageCodes.add(language.code())) {
        problem(at + ".code", LANGUAGE_DUPLICATE, language.code());
      }
      if (blank(language.name())) {
        problem(at + ".name", LANGUAGE_NAME_MISSING);
      }
      if (language.direction() == null) {
        problem(at + ".direction", LANGUAGE_DIRECTION_MISSING);
      }
    }
    if (!languageCodes.contains(Labels.DUTCH)) {
      problem("languages", LANGUAGE_DUTCH_MISSING);
    }
  }

  private void checkQuestionTypes(Catalogue c) {
    List<QuestionType> types = c.questionTypes();
    if (types.isEmpty()) {
      problem("questionTypes", QUESTION_TYPES_EMPTY);
    }
    checkUniqueCodes("questionTypes", types, QuestionType::code);
    Set<String> prefixes = new HashSet<>();
    int catchAlls = 0;
    for (int i = 0; i < types.size(); i++) {
      QuestionType type = types.get(i);
      String at = "questionTypes[" + i + "]";
      if (type.prefix() == null || !PREFIX.matcher(type.prefix()).matches()) {
        problem(at + ".prefix", PREFIX_INVALID);
      } else if (!prefixes.add(type.prefix())) {
        problem(at + ".prefix", PREFIX_DUPLICATE, type.prefix());
      }
      if (type.icon() == null || !ICON.matcher(type.icon()).matches()) {
        problem(at + ".icon", ICON_INVALID);
      }
      checkInfoUrl(at + ".infoUrl", type.infoUrl());
      if (type.infoUrls() != null) {
        checkInfoUrls(at + ".infoUrls", type.infoUrl(), type.infoUrls());
      }
      if (type.askSituation() && c.situations().isEmpty()) {
        problem(at + ".askSituation", ASK_SITUATION_WITHOUT_SITUATIONS);
      }
      if (type.catchAll()) {
        catchAlls++;
        if (type.targetGroup()) {
          // "Iets anders" gathers whoever found no door; its reach says nothing about a group.
          problem(at + ".targetGroup", TARGET_GROUP_CATCH_ALL);
        }
      }
      checkLabels(at + ".labels", type.labels());
    }
    if (!types.isEmpty() && catchAlls != 1) {
      problem("questionTypes", CATCH_ALL_COUNT, catchAlls);
    }
  }

  private void checkInfoUrl(String at, String url) {
    if (url == null) {
      problem(at, INFO_URL_MISSING);
      return;
    }
    try {
      URI uri = new URI(url);
      if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
        problem(at, WEBSITE_NOT_HTTPS);
      } else if (uri.getRawFragment() != null) {
        problem(at, INFO_URL_WITH_FRAGMENT);
      }
    } catch (URISyntaxException e) {
      problem(at, WEBSITE_INVALID, e.getReason());
    }
  }

  /**
   * Per-language pages: each one checked as {@code infoUrl} is, only in the catalogue's languages,
   * and the Dutch one the same as {@code infoUrl}, so a kiosk of the release before them (which
   * gets {@code infoUrl} only) and a newer one send a Dutch visitor to the same page.
   */
  private void checkInfoUrls(String at, String infoUrl, InfoUrls urls) {
    for (Map.Entry<String, String> url : urls.byLanguage().entrySet()) {
      String language = url.getKey();
      if (!languageCodes.contains(language)) {
        problem(at + "." + language, LABEL_LANGUAGE_UNKNOWN, language);
      } else {
        checkInfoUrl(at + "." + language, url.getValue());
      }
    }
    String dutch = urls.byLanguage().get(Labels.DUTCH);
    if (dutch == null) {
      problem(at, INFO_URLS_DUTCH_MISSING);
    } else if (infoUrl != null && !dutch.equals(infoUrl)) {
      problem(at + "." + Labels.DUTCH, INFO_URLS_DUTCH_DIFFERS);
    }
  }

  private void checkSituations(Catalogue c) {
    checkUniqueCodes("situations", c.situations(), Situation::code);
    for (int i = 0; i < c.situations().size(); i++) {
      checkLabels("situations[" + i + "].labels", c.situations().get(i).labels());
    }
  }

  private void checkOutcomesAndPartners(Catalogue c) {
    if (c.outcomes().isEmpty()) {
      problem("outcomes", OUTCOMES_EMPTY);
    }
    checkUniqueCodes("outcomes", c.outcomes(), Outcome::code);
    checkUniqueCodes("partners", c.partners(), Partner::code);
    for (int i = 0; i < c.outcomes().size(); i++) {
      Outcome outcome = c.outcomes().get(i);
      checkLabels("outcomes[" + i + "].labels", outcome.labels());
      if (outcome.partner() == PartnerRule.REQUIRED && c.partners().isEmpty()) {
        problem("outcomes[" + i + "].partner", PARTNER_REQUIRED_WITHOUT_PARTNERS);
      }
    }
    for (int i = 0; i < c.partners().size(); i++) {
      checkLabels("partners[" + i + "].labels", c.partners().get(i).labels());
    }
  }

  /**
   * The kiosk records a visit no gids could take under the self-service outcome: with locations (so
   * some place is unstaffed some of the time) exactly one such outcome must exist, and it takes no
   * partner because nobody referred anyone.
   */
  private void checkSelfService(Catalogue c) {
    List<Integer> selfService = new ArrayList<>();
    for (int i = 0; i < c.outcomes().size(); i++) {
      Outcome outcome = c.outcomes().get(i);
      if (outcome.selfService()) {
        selfService.add(i);
        if (outcome.partner() != PartnerRule.NONE) {
          problem("outcomes[" + i + "].partner", SELF_SERVICE_WITH_PARTNER);
        }
      }
    }
    if (selfService.size() > 1) {
      problem("outcomes[" + selfService.get(1) + "].selfService", SELF_SERVICE_TWICE);
    } else if (selfService.isEmpty() && !c.locations().isEmpty()) {
      problem("outcomes", SELF_SERVICE_MISSING);
    }
  }

  private void checkLocations(List<Location> locations) {
    for (int i = 0; i < locations.size(); i++) {
      Location location = locations.get(i);
      String at = "locations[" + i + "]";
      if (location.code() == null) {
        problem(at + ".code", MISSING);
      } else if (!Codes.SLUG.matcher(location.code()).matches()) {
        problem(at + ".code", LOCATION_CODE_INVALID, location.code());
      } else if (!locationCodes.add(location.code())) {
        problem(at + ".code", LOCATION_DUPLICATE, location.code());
      }
      checkPlaceText(at + ".name", location.name(), true);
      checkPlaceText(at + ".municipality", location.municipality(), true);
      checkPlaceText(at + ".address", location.address(), false);
      checkCoordinates(at + ".coordinates", location.coordinates());
      if (location.gidsHours() != null) {
        checkHours(at + ".gidsHours", location.gidsHours());
      }
    }
  }

  private void checkPlaceText(String at, String text, boolean required) {
    if (text == null) {
      if (required) {
        problem(at, MISSING);
      }
    } else if (text.isBlank()) {
      problem(at, EMPTY_TEXT);
    } else if (text.length() > MAX_PLACE_TEXT) {
      problem(at, TEXT_TOO_LONG, MAX_PLACE_TEXT);
    }
  }

  private void checkCoordinates(String at, Coordinates coordinates) {
    if (coordinates == null) {
      return;
    }
    if (coordinates.lat() == null || coordinates.lon() == null) {
      problem(at, COORDINATES_INCOMPLETE);
    } else if (coordinates.lat() < MIN_LAT
        || coordinates.lat() > MAX_LAT
        || coordinates.lon() < MIN_LON
        || coordinates.lon() > MAX_LON) {
      problem(at, COORDINATES_OUTSIDE_NETHERLANDS, coordinates.lat(), coordinates.lon());
    }
  }

  private void checkClosedDays(List<ClosedDay> closedDays) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < closedDays.size(); i++) {
      ClosedDay day = closedDays.get(i);
      String at = "closedDays[" + i + "]";
      if (checkDate(at + ".date", day.date()) && !seen.add(day.date())) {
        problem(at + ".date", DATE_TWICE, day.date());
      }
      checkPlaceText(at + ".name", day.name(), true);
    }
  }

  private void checkContact(Catalogue c) {
    Contact contact = c.contact();
    if (contact == null) {
      if (!c.locations().isEmpty()) {
        problem("contact", CONTACT_MISSING);
      }
      return;
    }
    checkPhone("contact.phone", contact.phone(), true);
    checkWebsite("contact.website", contact.website(), true);
    if (contact.phoneHours() == null) {
      problem("contact.phoneHours", PHONE_HOURS_MISSING);
    } else {
      checkHours("contact.phoneHours", contact.phoneHours());
    }
    contact
        .byQuestion()
        .forEach(
            (question, part) -> {
              String at = "contact.byQuestion." + question;
              if (c.questionType(question).isEmpty()) {
                problem(at, QUESTION_TYPE_UNKNOWN, question);
              }
              if (part == null
                  || (part.phone() == null
                      && part.website() == null
                      && part.phoneHours() == null)) {
                problem(at, CONTACT_FOR_QUESTION_EMPTY);
                return;
              }
              checkPhone(at + ".phone", part.phone(), false);
              checkWebsite(at + ".website", part.website(), false);
              if (part.phoneHours() != null) {
                checkHours(at + ".phoneHours", part.phoneHours());
              }
            });
  }

  /** The sociale kaart: what each partner takes and how a gids reaches it. */
  private void checkSocialMap(Catalogue c) {
    for (int i = 0; i < c.partners().size(); i++) {
      Partner partner = c.partners().get(i);
      String at = "partners[" + i + "]";
      if (partner.takes() != null) {
        List<String> questions = partner.takes().questionTypes();
        if (questions.isEmpty()) {
          problem(at + ".takes.questionTypes", TAKES_NO_QUESTION_TYPES);
        }
        for (int q = 0; q < questions.size(); q++) {
          if (c.questionType(questions.get(q)).isEmpty()) {
            problem(
                at + ".takes.questionTypes[" + q + "]", QUESTION_TYPE_UNKNOWN, questions.get(q));
          }
        }
        List<String> situations = partner.takes().situations();
        for (int s = 0; s < situations.size(); s++) {
          if (c.situation(situations.get(s)).isEmpty()) {
            problem(at + ".takes.situations[" + s + "]", SITUATION_UNKNOWN, situations.get(s));
          }
        }
      }
      Partner.Handoff handoff = partner.handoff();
      if (handoff != null) {
        if (handoff.phone() == null && handoff.desks().isEmpty()) {
          problem(at + ".handoff", HANDOFF_EMPTY);
        }
        checkPhone(at + ".handoff.phone", handoff.phone(), false);
        if (handoff.phoneHours() != null) {
          checkHours(at + ".handoff.phoneHours", handoff.phoneHours());
        } else if (handoff.phone() != null) {
          problem(at + ".handoff.phoneHours", HANDOFF_PHONE_HOURS_MISSING);
        }
        for (int d = 0; d < handoff.desks().size(); d++) {
          Partner.Desk desk = handoff.desks().get(d);
          String deskAt = at + ".handoff.desks[" + d + "]";
          if (desk == null || desk.location() == null) {
            problem(deskAt + ".location", MISSING);
            continue;
          }
          if (!locationCodes.contains(desk.location())) {
            problem(deskAt + ".location", DESK_LOCATION_UNKNOWN, desk.location());
            continue;
          }
          if (desk.hours() == null) {
            problem(deskAt + ".hours", DESK_HOURS_MISSING);
          } else {
            checkHours(deskAt + ".hours", desk.hours());
          }
        }
      }
      if (partner.description() != null) {
        checkLabels(at + ".description", partner.description());
      }
    }
  }

  private void checkHours(String at, OpeningHours hours) {
    hours
        .weekly()
        .forEach(
            (day, periods) -> {
              if (!WEEKDAYS.contains(day)) {
                problem(at + ".weekly." + day, NOT_A_WEEKDAY);
              } else {
                checkPeriods(at + ".weekly." + day, periods);
              }
            });
    Set<String> dates = new HashSet<>();
    for (int i = 0; i < hours.exceptions().size(); i++) {
      OpeningHours.DateHours exception = hours.exceptions().get(i);
      String exceptionAt = at + ".exceptions[" + i + "]";
      if (exception == null) {
        problem(exceptionAt, MISSING);
        continue;
      }
      if (checkDate(exceptionAt + ".date", exception.date()) && !dates.add(exception.date())) {
        problem(exceptionAt + ".date", DATE_TWICE, exception.date());
      }
      checkPeriods(exceptionAt + ".hours", exception.hours());
    }
  }

  private void checkPeriods(String at, List<String> periods) {
    if (periods == null) {
      problem(at, PERIODS_MISSING);
      return;
    }
    List<TimeRange> ranges = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      Optional<TimeRange> range = TimeRange.parse(periods.get(i));
      if (range.isEmpty()) {
        problem(at + "[" + i + "]", PERIOD_INVALID, periods.get(i));
        continue;
      }
      for (TimeRange earlier : ranges) {
        if (earlier.overlaps(range.get())) {
          problem(at + "[" + i + "]", PERIOD_OVERLAP, periods.get(i), earlier);
        }
      }
      ranges.add(range.get());
    }
  }

  private boolean checkDate(String at, String date) {
    if (date == null) {
      problem(at, MISSING);
      return false;
    }
    try {
      LocalDate.parse(date);
      return true;
    } catch (DateTimeParseException e) {
      problem(at, DATE_INVALID, date);
      return false;
    }
  }

  private void checkPhone(String at, String phone, boolean required) {
    if (phone == null) {
      if (required) {
        problem(at, MISSING);
      }
      return;
    }
    long digits = phone.chars().filter(Character::isDigit).count();
    if (!PHONE.matcher(phone).matches() || digits < 4 || digits > 15) {
      problem(at, PHONE_INVALID, phone);
    }
  }

  private void checkWebsite(String at, String url, boolean required) {
    if (url == null) {
      if (required) {
        problem(at, MISSING);
      }
      return;
    }
    try {
      URI uri = new URI(url);
      if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
        problem(at, WEBSITE_NOT_HTTPS);
      }
    } catch (URISyntaxException e) {
      problem(at, WEBSITE_INVALID, e.getReason());
    }
  }

  private void checkTexts(Map<String, Labels> texts) {
    texts.forEach(
        (key, labels) -> {
          if (!TEXT_KEY.matcher(key).matches()) {
            problem("texts." + key, TEXT_KEY_INVALID);
          }
          checkLabels("texts." + key, labels);
        });
  }

  /**
   * What a recording names; whether its clip is there and sounds right is {@code ClipCheck}'s,
   * which needs the clips.
   */
  private void checkRecordings(Catalogue c) {
    c.recordings()
        .forEach(
            (name, clips) -> {
              String at = "recordings." + name;
              Optional<Labels> text = c.recordedText(name);
              if (text.isEmpty()) {
                problem(at, RECORDING_TEXT_UNKNOWN, name);
                return;
              }
              if (clips == null) {
                problem(at, MISSING);
                return;
              }
              clips.forEach(
                  (language, sha256) -> {
                    String clipAt = at + "." + language;
                    if (!languageCodes.contains(language)) {
                      problem(clipAt, LABEL_LANGUAGE_UNKNOWN, language);
                    } else if (!text.get().has(language)) {
                      problem(clipAt, RECORDING_LANGUAGE_WITHOUT_TEXT);
                    } else if (text.get().in(language).contains("{")) {
                      // The screen fills it in (a number, a time): one clip cannot say them all.
                      problem(clipAt, RECORDING_TEXT_VARIES);
                    }
                    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
                      problem(clipAt, RECORDING_HASH_INVALID);
                    }
                  });
            });
  }

  private <T> void checkUniqueCodes(String section, List<T> items, Function<T, String> code) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String value = code.apply(items.get(i));
      String at = section + "[" + i + "].code";
      if (checkCode(at, value) && !seen.add(value)) {
        problem(at, CODE_DUPLICATE, value);
      }
    }
  }

  private boolean checkCode(String at, String code) {
    if (code == null) {
      problem(at, MISSING);
      return false;
    }
    if (!Codes.CODE.matcher(code).matches()) {
      problem(at, CODE_INVALID, code);
      return false;
    }
    return true;
  }

  private void checkLabels(String at, Labels labels) {
    if (labels == null) {
      problem(at, LABELS_MISSING);
      return;
    }
    if (!labels.has(Labels.DUTCH)) {
      problem(at, LABEL_DUTCH_MISSING);
    }
    labels
        .byLanguage()
        .forEach(
            (language, text) -> {
              if (!languageCodes.contains(language)) {
                problem(at + "." + language, LABEL_LANGUAGE_UNKNOWN, language);
              } else if (blank(text)) {
                problem(at + "." + language, EMPTY_TEXT);
              }
            });
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private void problem(String field, ProblemKind kind, Object... arguments) {
    problems.add(CatalogueProblem.of(field, 0, kind, arguments));
  }
}
