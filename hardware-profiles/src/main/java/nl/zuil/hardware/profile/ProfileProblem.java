package nl.zuil.hardware.profile;

/**
 * One thing wrong with a hardware profile.
 *
 * @param field where, as a path such as {@code printer.transport.baud}
 * @param line the line in the file, or 0 when the problem has no single place
 */
public record ProfileProblem(String field, int line, String message) {

  @Override
  public String toString() {
    String where = line > 0 ? "line " + line + ", " : "";
    return where + (field.isEmpty() ? "" : field + ": ") + message;
  }
}
