package nl.zuil.hardware.profile;

import java.util.List;
import java.util.stream.Collectors;

/** A hardware profile was refused; the message lists every problem found, one per line. */
public class ProfileException extends Exception {

  private final transient List<ProfileProblem> problems;

  public ProfileException(String source, List<ProfileProblem> problems) {
    super(describe(source, problems));
    this.problems = List.copyOf(problems);
  }

  public List<ProfileProblem> problems() {
    return problems;
  }

  private static String describe(String source, List<ProfileProblem> problems) {
    return "Hardware profile "
        + source
        + " refused ("
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + "):\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
