package nl.zuil.ledger;

import java.nio.file.Path;

/**
 * A ledger file could not be opened. The file is left exactly as it was: the message tells the
 * operator where it is and what to do, because the visits in it may still be recoverable.
 */
public class LedgerOpenException extends Exception {

  /** Why the file was refused; a screen or tool picks its advice from this. */
  public enum Problem {
    /** Not readable as a database, or {@code PRAGMA integrity_check} found damage. */
    CORRUPT,
    /** Written by a newer Zuil whose schema this version does not know. */
    TOO_NEW,
    /** A valid SQLite file, but not a Zuil ledger. */
    NOT_A_LEDGER,
    /** Missing (for readers) or not accessible. */
    UNAVAILABLE
  }

  private final Problem problem;
  private final Path file;

  public LedgerOpenException(Problem problem, Path file, String message, Throwable cause) {
    super(message, cause);
    this.problem = problem;
    this.file = file;
  }

  public Problem problem() {
    return problem;
  }

  public Path file() {
    return file;
  }
}
