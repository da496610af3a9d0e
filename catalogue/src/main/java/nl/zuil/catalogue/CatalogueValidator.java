package nl.zuil.catalogue;

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

  /**
   * Codes are identifiers, never prose: this shape cannot carry a name, a sentence or a phone
   * number (no five digits in a row). The ledger's schema checks the same shape.
   */
  static final Pattern CODE = Pattern.compile("(?!.*[0-9]{5})[a-z][a-z0-9_]{0,31}");

  private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
  private static final Pattern PREFIX = Pattern.compile("[A-Z]");
  private static final Pattern ICON = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  private static final Pattern TEXT_KEY = Pattern.compile("[a-z][a-zA-Z0-9_.-]{0,63}");

  /** The ledger's location-code shape: a slug such as {@code hengelo-bibliotheek}. */
  private static final Pattern LOCATION_CODE =
      Pattern.compile("(?!.*[0-9]{5})[a-z][a-z0-9-]{0,39}");

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
      problem(
          "formatVersion",
          "format version "
              + c.formatVersion()
              + " is not supported (this Zuil reads version "
              + FORMAT_VERSION
              + ")");
    }
    if (c.version() < 1) {
      problem("version", "must be 1 or higher");
    }
    checkLanguages(c.languages());
    if (c.region() == null) {
      problem("region", "missing");
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
  }

  private void checkLanguages(List<Language> languages) {
    if (languages.isEmpty()) {
      problem("languages", "at least Dutch (nl) is needed");
      return;
    }
    for (int i = 0; i < languages.size(); i++) {
      Language language = languages.get(i);
      String at = "languages[" + i + "]";
      if (language.code() == null || !LANGUAGE_CODE.matcher(language.code()).matches()) {
        problem(at + ".code", "'" + language.code() + "' is not a language code such as nl or ar");
      } else if (!languageCodes.add(language.code())) {
        problem(at + ".code", "duplicate language '" + language.code() + "'");
      }
      if (blank(language.name())) {
        problem(at + ".name", "missing; give the language's name in its own script");
      }
      if (language.direction() == null) {
        problem(at + ".direction", "missing; use ltr or rtl");
      }
    }
    if (!languageCodes.contains(Labels.DUTCH)) {
      problem("languages", "Dutch (nl) is required: every text falls back to it");
    }
  }

  private void checkQuestionTypes(Catalogue c) {
    List<QuestionType> types = c.questionTypes();
    if (types.isEmpty()) {
      problem("questionTypes", "at least one question type is needed");
    }
    checkUniqueCodes("questionTypes", types, QuestionType::code);
    Set<String> prefixes = new HashSet<>();
    int catchAlls = 0;
    for (int i = 0; i < types.size(); i++) {
      QuestionType type = types.get(i);
      String at = "questionTypes[" + i + "]";
      if (type.prefix() == null || !PREFIX.matcher(type.prefix()).matches()) {
        problem(at + ".prefix", "must be one capital letter A-Z");
      } else if (!prefixes.add(type.prefix())) {
        problem(at + ".prefix", "prefix '" + type.prefix() + "' is used twice");
      }
      if (type.icon() == null || !ICON.matcher(type.icon()).matches()) {
        problem(at + ".icon", "must be an icon name such as 'briefcase'");
      }
      checkInfoUrl(at + ".infoUrl", type.infoUrl());
      if (type.askSituation() && c.situations().isEmpty()) {
        problem(at + ".askSituation", "true, but the catalogue has no situations");
      }
      if (type.catchAll()) {
        catchAlls++;
      }
      checkLabels(at + ".labels", type.labels());
    }
    if (!types.isEmpty() && catchAlls != 1) {
      problem(
          "questionTypes",
          "exactly one question type must have \"catchAll\": true (Iets anders / weet ik niet),"
              + " found "
              + catchAlls);
    }
  }

  private void checkInfoUrl(String at, String url) {
    if (url == null) {
      problem(at, "missing; the ticket QR links to this page");
      return;
    }
    try {
      URI uri = new URI(url);
      if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
        problem(at, "must be an https:// address");
      } else if (uri.getRawFragment() != null) {
        problem(at, "must not contain '#': the ticket reference goes there");
      }
    } catch (URISyntaxException e) {
      problem(at, "not a web address: " + e.getReason());
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
      problem("outcomes", "at least one outcome is needed");
    }
    checkUniqueCodes("outcomes", c.outcomes(), Outcome::code);
    checkUniqueCodes("partners", c.partners(), Partner::code);
    for (int i = 0; i < c.outcomes().size(); i++) {
      Outcome outcome = c.outcomes().get(i);
      checkLabels("outcomes[" + i + "].labels", outcome.labels());
      if (outcome.partner() == PartnerRule.REQUIRED && c.partners().isEmpty()) {
        problem("outcomes[" + i + "].partner", "requires a partner, but there are no partners");
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
          problem(
              "outcomes[" + i + "].partner",
              "must be \"none\": a self-service visit is referred by nobody");
        }
      }
    }
    if (selfService.size() > 1) {
      problem(
          "outcomes[" + selfService.get(1) + "].selfService",
          "only one outcome may have \"selfService\": true");
    } else if (selfService.isEmpty() && !c.locations().isEmpty()) {
      problem(
          "outcomes",
          "one outcome needs \"selfService\": true (such as self_service): kiosks record visits"
              + " outside gids hours under it");
    }
  }

  private void checkLocations(List<Location> locations) {
    for (int i = 0; i < locations.size(); i++) {
      Location location = locations.get(i);
      String at = "locations[" + i + "]";
      if (location.code() == null || !LOCATION_CODE.matcher(location.code()).matches()) {
        problem(
            at + ".code",
            "'"
                + location.code()
                + "' is not a location code (lower-case letters, digits and '-', such as"
                + " hengelo-bibliotheek; at most 40; no five digits in a row)");
      } else if (!locationCodes.add(location.code())) {
        problem(at + ".code", "duplicate location '" + location.code() + "'");
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
        problem(at, "missing");
      }
    } else if (text.isBlank()) {
      problem(at, "empty text");
    } else if (text.length() > MAX_PLACE_TEXT) {
      problem(at, "longer than " + MAX_PLACE_TEXT + " characters");
    }
  }

  private void checkCoordinates(String at, Coordinates coordinates) {
    if (coordinates == null) {
      return;
    }
    if (coordinates.lat() == null || coordinates.lon() == null) {
      problem(at, "needs both lat and lon");
    } else if (coordinates.lat() < MIN_LAT
        || coordinates.lat() > MAX_LAT
        || coordinates.lon() < MIN_LON
        || coordinates.lon() > MAX_LON) {
      problem(
          at,
          "lat "
              + coordinates.lat()
              + ", lon "
              + coordinates.lon()
              + " is not in the Netherlands (lat and lon swapped?)");
    }
  }

  private void checkClosedDays(List<ClosedDay> closedDays) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < closedDays.size(); i++) {
      ClosedDay day = closedDays.get(i);
      String at = "closedDays[" + i + "]";
      if (checkDate(at + ".date", day.date()) && !seen.add(day.date())) {
        problem(at + ".date", "date " + day.date() + " is listed twice");
      }
      checkPlaceText(at + ".name", day.name(), true);
    }
  }

  private void checkContact(Catalogue c) {
    Contact contact = c.contact();
    if (contact == null) {
      if (!c.locations().isEmpty()) {
        problem(
            "contact", "missing; a visitor who finds no gids is told how to reach the Werkcentrum");
      }
      return;
    }
    checkPhone("contact.phone", contact.phone(), true);
    checkWebsite("contact.website", contact.website(), true);
    if (contact.phoneHours() == null) {
      problem("contact.phoneHours", "missing; visitors are told when the line is answered");
    } else {
      checkHours("contact.phoneHours", contact.phoneHours());
    }
    contact
        .byQuestion()
        .forEach(
            (question, part) -> {
              String at = "contact.byQuestion." + question;
              if (c.questionType(question).isEmpty()) {
                problem(at, "unknown question type '" + question + "'");
              }
              if (part == null
                  || (part.phone() == null
                      && part.website() == null
                      && part.phoneHours() == null)) {
                problem(at, "give at least one of phone, website, phoneHours");
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
          problem(at + ".takes.questionTypes", "name at least one question type");
        }
        for (int q = 0; q < questions.size(); q++) {
          if (c.questionType(questions.get(q)).isEmpty()) {
            problem(
                at + ".takes.questionTypes[" + q + "]",
                "unknown question type '" + questions.get(q) + "'");
          }
        }
        List<String> situations = partner.takes().situations();
        for (int s = 0; s < situations.size(); s++) {
          if (c.situation(situations.get(s)).isEmpty()) {
            problem(
                at + ".takes.situations[" + s + "]",
                "unknown situation '" + situations.get(s) + "'");
          }
        }
      }
      Partner.Handoff handoff = partner.handoff();
      if (handoff != null) {
        if (handoff.phone() == null && handoff.desks().isEmpty()) {
          problem(at + ".handoff", "give a phone line for professionals, a desk, or both");
        }
        checkPhone(at + ".handoff.phone", handoff.phone(), false);
        if (handoff.phoneHours() != null) {
          checkHours(at + ".handoff.phoneHours", handoff.phoneHours());
        } else if (handoff.phone() != null) {
          problem(
              at + ".handoff.phoneHours", "missing; the console shows whether the line is open");
        }
        for (int d = 0; d < handoff.desks().size(); d++) {
          Partner.Desk desk = handoff.desks().get(d);
          String deskAt = at + ".handoff.desks[" + d + "]";
          if (desk == null || !locationCodes.contains(desk.location())) {
            problem(
                deskAt + ".location",
                "'" + (desk == null ? null : desk.location()) + "' is not one of the locations");
            continue;
          }
          if (desk.hours() == null) {
            problem(deskAt + ".hours", "missing; the console shows whether the desk is open");
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
                problem(at + ".weekly." + day, "not a weekday (monday ... sunday)");
              } else {
                checkPeriods(at + ".weekly." + day, periods);
              }
            });
    Set<String> dates = new HashSet<>();
    for (int i = 0; i < hours.exceptions().size(); i++) {
      OpeningHours.DateHours exception = hours.exceptions().get(i);
      String exceptionAt = at + ".exceptions[" + i + "]";
      if (exception == null) {
        problem(exceptionAt, "missing");
        continue;
      }
      if (checkDate(exceptionAt + ".date", exception.date()) && !dates.add(exception.date())) {
        problem(exceptionAt + ".date", "date " + exception.date() + " is listed twice");
      }
      checkPeriods(exceptionAt + ".hours", exception.hours());
    }
  }

  private void checkPeriods(String at, List<String> periods) {
    if (periods == null) {
      problem(at, "missing; give periods such as \"09:00-12:30\"");
      return;
    }
    List<TimeRange> ranges = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      Optional<TimeRange> range = TimeRange.parse(periods.get(i));
      if (range.isEmpty()) {
        problem(
            at + "[" + i + "]",
            "'"
                + periods.get(i)
                + "' is not a period such as \"09:00-12:30\" (24-hour clock, start before end,"
                + " at most 24:00)");
        continue;
      }
      for (TimeRange earlier : ranges) {
        if (earlier.overlaps(range.get())) {
          problem(at + "[" + i + "]", "'" + periods.get(i) + "' overlaps " + earlier);
        }
      }
      ranges.add(range.get());
    }
  }

  private boolean checkDate(String at, String date) {
    try {
      LocalDate.parse(date == null ? "" : date);
      return true;
    } catch (DateTimeParseException e) {
      problem(at, "'" + date + "' is not a date such as 2026-12-24");
      return false;
    }
  }

  private void checkPhone(String at, String phone, boolean required) {
    if (phone == null) {
      if (required) {
        problem(at, "missing");
      }
      return;
    }
    long digits = phone.chars().filter(Character::isDigit).count();
    if (!PHONE.matcher(phone).matches() || digits < 4 || digits > 15) {
      problem(at, "'" + phone + "' is not a phone number such as \"088 123 45 67\"");
    }
  }

  private void checkWebsite(String at, String url, boolean required) {
    if (url == null) {
      if (required) {
        problem(at, "missing");
      }
      return;
    }
    try {
      URI uri = new URI(url);
      if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
        problem(at, "must be an https:// address");
      }
    } catch (URISyntaxException e) {
      problem(at, "not a web address: " + e.getReason());
    }
  }

  private void checkTexts(Map<String, Labels> texts) {
    texts.forEach(
        (key, labels) -> {
          if (!TEXT_KEY.matcher(key).matches()) {
            problem("texts." + key, "not a valid text key");
          }
          checkLabels("texts." + key, labels);
        });
  }

  private <T> void checkUniqueCodes(String section, List<T> items, Function<T, String> code) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String value = code.apply(items.get(i));
      String at = section + "[" + i + "].code";
      if (checkCode(at, value) && !seen.add(value)) {
        problem(at, "duplicate code '" + value + "'");
      }
    }
  }

  private boolean checkCode(String at, String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      problem(
          at,
          "'"
              + code
              + "' is not a code (lower-case letters, digits, _; starts with a letter;"
              + " at most 32; no five digits in a row)");
      return false;
    }
    return true;
  }

  private void checkLabels(String at, Labels labels) {
    if (labels == null) {
      problem(at, "missing; give at least the Dutch (nl) text");
      return;
    }
    if (!labels.has(Labels.DUTCH)) {
      problem(at, "Dutch label (nl) missing");
    }
    labels
        .byLanguage()
        .forEach(
            (language, text) -> {
              if (!languageCodes.contains(language)) {
                problem(at + "." + language, "unknown language '" + language + "'");
              } else if (blank(text)) {
                problem(at + "." + language, "empty text");
              }
            });
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private void problem(String field, String message) {
    problems.add(new CatalogueProblem(field, 0, message));
  }
}
