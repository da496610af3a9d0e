package nl.zuil.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One thing wrong with a catalogue file.
 *
 * @param field where, as a path such as {@code questionTypes[2].labels.nl}
 * @param line the line in the file, or 0 when the problem has no single place (a missing section)
 * @param kind what is wrong; it has a text in Dutch and in English
 * @param arguments the values its text names, such as a duplicate code, as the file has them
 */
public record CatalogueProblem(String field, int line, ProblemKind kind, List<String> arguments) {

  public CatalogueProblem {
    arguments = List.copyOf(arguments);
    if (arguments.size() != kind.arguments()) {
      throw new IllegalArgumentException(
          kind + " takes " + kind.arguments() + " arguments, not " + arguments);
    }
  }

  /**
   * @param arguments each shown as {@link String#valueOf} writes it, so that a text never regroups
   *     or rounds a number from the file for its language
   */
  public static CatalogueProblem of(String field, int line, ProblemKind kind, Object... arguments) {
    return new CatalogueProblem(
        field, line, kind, Arrays.stream(arguments).map(String::valueOf).toList());
  }

  CatalogueProblem atLine(int newLine) {
    return new CatalogueProblem(field, newLine, kind, arguments);
  }

  /** The text in Dutch when {@code language} is Dutch, else in English. */
  public String message(Locale language) {
    return ProblemTexts.format(kind, arguments, language);
  }

  /** The text in English, as command-line tools and logs show it. */
  public String message() {
    return message(Locale.ENGLISH);
  }

  @Override
  public String toString() {
    String where = line > 0 ? "line " + line + ", " : "";
    return where + (field.isEmpty() ? "" : field + ": ") + message();
  }
}
