package nl.zuil.json;

/**
 * One thing wrong in a JSON file, where a person finds it.
 *
 * @param path such as {@code printer.baud} or {@code console.desks[1].code}; empty for the whole
 *     document
 * @param line 1-based; 0 when unknown
 */
public record JsonProblem(String path, int line, String message) {

  /** {@code printer.baud (line 7): expected a whole number}. */
  @Override
  public String toString() {
    String where = path.isEmpty() ? "" : path + " ";
    return where + (line > 0 ? "(line " + line + ")" : "") + ": " + message;
  }
}
