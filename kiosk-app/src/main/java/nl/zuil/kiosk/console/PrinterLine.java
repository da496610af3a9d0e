package nl.zuil.kiosk.console;

/** The printer's state in words, and how much a gids should worry about it. */
public record PrinterLine(String text, Level level) {

  /** OK: nothing to do; WARNING: act soon (paper nearly out); FAULT: no tickets come out now. */
  public enum Level {
    OK,
    WARNING,
    FAULT
  }
}
