package nl.zuil.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

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

  private final List<CatalogueProblem> problems = new ArrayList<>();
  private final Set<String> languageCodes = new HashSet<>();

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
