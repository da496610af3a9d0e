package nl.zuil.catalogue;

/**
 * One thing wrong with a catalogue file.
 *
 * @param field where, as a path such as {@code questionTypes[2].labels.nl}
 * @param line the line in the file, or 0 when the problem has no single place (a missing section)
 */
public record CatalogueProblem(String field, int line, String message) {

  @Override
  public String toString() {
    String where = line > 0 ? "line " + line + ", " : "";
    return where + (field.isEmpty() ? "" : field + ": ") + message;
  }
}
