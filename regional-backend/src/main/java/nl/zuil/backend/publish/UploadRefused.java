package nl.zuil.backend.publish;

import java.util.List;
import nl.zuil.catalogue.CatalogueProblem;

/** An uploaded catalogue was not stored; each problem names the field it is in. */
public final class UploadRefused extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<CatalogueProblem> problems;

  public UploadRefused(List<CatalogueProblem> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  public List<CatalogueProblem> problems() {
    return problems;
  }
}
