package nl.zuil.provisioning.cli;

/**
 * The exit codes every command shares (doctor has its own: 0 OK, 1 a warning, 2 a failure). A
 * command that does not end with 0 has undone whatever it wrote in that run.
 */
public final class ExitCodes {

  /** Done, or there was nothing to do. */
  public static final int OK = 0;

  /** Something unexpected went wrong (a disk error, a bug); the message says what. */
  public static final int FAILED = 1;

  /** Wrong arguments, or a config or input the tool refuses; the message names the field. */
  public static final int USAGE = 2;

  /** The region's backend could not be reached: try again later. */
  public static final int UNREACHABLE = 3;

  /** Needs a person: a refused code or credential, a damaged ledger or backup, a running kiosk. */
  public static final int NEEDS_A_PERSON = 4;

  private ExitCodes() {}
}
