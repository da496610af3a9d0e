package nl.zuil.kioskfiles.kioskconfig;

import java.util.List;

/** The kiosk config was refused; the message names every wrong field, one per line. */
public class KioskConfigException extends Exception {

  private final transient List<String> problems;

  public KioskConfigException(String source, List<String> problems) {
    super(source + " is not a valid kiosk config:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem starts with the field it is about, e.g. {@code screen.widthMm: missing}. */
  public List<String> problems() {
    return problems;
  }
}
