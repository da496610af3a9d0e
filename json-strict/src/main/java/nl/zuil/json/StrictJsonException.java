package nl.zuil.json;

import java.util.List;

/** A JSON document was refused; each problem names its path and line. */
public final class StrictJsonException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<JsonProblem> problems;

  public StrictJsonException(List<JsonProblem> problems) {
    super(String.join("; ", problems.stream().map(JsonProblem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<JsonProblem> problems() {
    return problems;
  }
}
