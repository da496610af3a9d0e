package nl.zuil.kioskfiles.agent;

import java.util.List;

/** A settings file the agent cannot run with; each problem names its field. */
public final class SettingsException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public SettingsException(String source, List<String> problems) {
    super(source + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
