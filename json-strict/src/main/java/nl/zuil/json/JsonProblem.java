package nl.zuil.json;

import java.util.List;

/**
 * One thing wrong in a JSON file, where a person finds it.
 *
 * @param path such as {@code printer.baud} or {@code console.desks[1].code}; empty for the whole
 *     document
 * @param line 1-based; 0 when unknown
 * @param kind what is wrong, for a reader that words problems in its own language
 * @param value the unknown field's name, or the value that is not one of {@code choices}; empty
 *     otherwise
 * @param choices the values allowed where the kind is {@link Kind#NOT_ONE_OF}
 * @param message what is wrong, in English
 */
public record JsonProblem(
    String path, int line, Kind kind, String value, List<String> choices, String message) {

  /** What kind of problem; {@link #INVALID} is one a reader found in a well-formed value. */
  public enum Kind {
    NOT_JSON,
    EMPTY,
    NAMED_TWICE,
    MISSING,
    NULL,
    UNKNOWN_FIELD,
    NOT_WHOLE_NUMBER,
    NOT_NUMBER,
    NOT_TRUE_OR_FALSE,
    NOT_TEXT,
    NOT_MOMENT,
    NOT_ONE_OF,
    NOT_LIST,
    NOT_OBJECT,
    INVALID
  }

  public JsonProblem {
    choices = List.copyOf(choices);
  }

  /** A problem with nothing more to it than its words. */
  public static JsonProblem of(String path, int line, Kind kind, String message) {
    return new JsonProblem(path, line, kind, "", List.of(), message);
  }

  /** {@code printer.baud (line 7): expected a whole number}. */
  @Override
  public String toString() {
    String where = path.isEmpty() ? "" : path + " ";
    return where + (line > 0 ? "(line " + line + ")" : "") + ": " + message;
  }
}
