package nl.zuil.catalogue;

import java.util.Locale;

/**
 * What can be wrong with a catalogue file. Each kind has a text in Dutch and in English ({@code
 * problems_nl.properties}, {@code problems_en.properties} beside this class) with as many
 * arguments, {@code {0}} ..., as {@link #arguments()} says; a test holds both files to that.
 */
public enum ProblemKind {
  // Reading the file
  FILE_UNREADABLE(1),
  FILE_EMPTY(0),
  NOT_JSON(1),
  UNKNOWN_FIELD(1),
  FIELD_TWICE(0),
  NOT_A_NUMBER(0),
  NOT_TRUE_OR_FALSE(0),
  NOT_TEXT(0),
  NOT_A_LIST(0),
  NOT_AN_OBJECT(0),
  NOT_ONE_OF(1),
  UNREADABLE_VALUE(1),

  // Anywhere in the catalogue
  MISSING(0),
  EMPTY_TEXT(0),
  TEXT_TOO_LONG(1),
  CODE_INVALID(1),
  CODE_DUPLICATE(1),
  LABELS_MISSING(0),
  LABEL_DUTCH_MISSING(0),
  LABEL_LANGUAGE_UNKNOWN(1),
  WEBSITE_NOT_HTTPS(0),
  WEBSITE_INVALID(1),
  PHONE_INVALID(1),
  DATE_INVALID(1),
  DATE_TWICE(1),
  QUESTION_TYPE_UNKNOWN(1),
  SITUATION_UNKNOWN(1),

  // The file as a whole and its region
  FORMAT_VERSION_UNSUPPORTED(2),
  VERSION_TOO_LOW(0),
  OTHER_REGION(2),
  SAME_AS_PUBLISHED(1),

  // Languages
  LANGUAGES_EMPTY(0),
  LANGUAGE_CODE_INVALID(1),
  LANGUAGE_DUPLICATE(1),
  LANGUAGE_NAME_MISSING(0),
  LANGUAGE_DIRECTION_MISSING(0),
  LANGUAGE_DUTCH_MISSING(0),

  // Question types
  QUESTION_TYPES_EMPTY(0),
  PREFIX_INVALID(0),
  PREFIX_DUPLICATE(1),
  ICON_INVALID(0),
  ASK_SITUATION_WITHOUT_SITUATIONS(0),
  CATCH_ALL_COUNT(1),
  TARGET_GROUP_CATCH_ALL(0),
  INFO_URL_MISSING(0),
  INFO_URL_WITH_FRAGMENT(0),
  INFO_URLS_DUTCH_MISSING(0),
  INFO_URLS_DUTCH_DIFFERS(0),

  // Outcomes and partners
  OUTCOMES_EMPTY(0),
  PARTNER_REQUIRED_WITHOUT_PARTNERS(0),
  SELF_SERVICE_WITH_PARTNER(0),
  SELF_SERVICE_TWICE(0),
  SELF_SERVICE_MISSING(0),
  TAKES_NO_QUESTION_TYPES(0),
  HANDOFF_EMPTY(0),
  HANDOFF_PHONE_HOURS_MISSING(0),
  DESK_LOCATION_UNKNOWN(1),
  DESK_HOURS_MISSING(0),

  // Locations, hours and contact
  LOCATION_CODE_INVALID(1),
  LOCATION_DUPLICATE(1),
  COORDINATES_INCOMPLETE(0),
  COORDINATES_OUTSIDE_NETHERLANDS(2),
  NOT_A_WEEKDAY(0),
  PERIODS_MISSING(0),
  PERIOD_INVALID(1),
  PERIOD_OVERLAP(2),
  CONTACT_MISSING(0),
  PHONE_HOURS_MISSING(0),
  CONTACT_FOR_QUESTION_EMPTY(0),

  // Screen texts
  TEXT_KEY_INVALID(0),

  // Recorded clips (decision 0310)
  RECORDING_TEXT_UNKNOWN(1),
  RECORDING_HASH_INVALID(0),
  RECORDING_TEXT_VARIES(0),
  RECORDING_LANGUAGE_WITHOUT_TEXT(0),
  CLIP_MISSING(1),
  CLIP_UNREADABLE(2),
  CLIP_SILENT(0),
  CLIP_TOO_LONG(2);

  private final int arguments;

  ProblemKind(int arguments) {
    this.arguments = arguments;
  }

  /** How many arguments the texts take. */
  public int arguments() {
    return arguments;
  }

  /** The key of the texts: {@code LABEL_DUTCH_MISSING} is {@code label.dutch.missing}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '.');
  }
}
