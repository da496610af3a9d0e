package nl.zuil.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** A catalogue was refused; the message lists every problem found, one per line. */
public class CatalogueException extends Exception {

  private final transient List<CatalogueProblem> problems;

  public CatalogueException(String source, List<CatalogueProblem> problems) {
    super(describe(source, problems));
    this.problems = List.copyOf(problems);
  }

  public List<CatalogueProblem> problems() {
    return problems;
  }

  private static String describe(String source, List<CatalogueProblem> problems) {
    return "Catalogue "
        + source
        + " refused ("
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + "):\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
