package nl.zuil.kiosk.app;

/** The kiosk cannot start; the message tells the installer what to fix. */
public class StartupException extends Exception {

  /** Exit code for a wrong config or catalogue: fix the file. */
  public static final int BAD_CONFIG = 2;

  /** Exit code for a ledger that cannot be opened: see the message, the file is left untouched. */
  public static final int LEDGER_UNAVAILABLE = 3;

  private final int exitCode;

  public StartupException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
