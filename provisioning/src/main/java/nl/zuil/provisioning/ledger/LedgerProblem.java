package nl.zuil.provisioning.ledger;

/** A ledger or backup the tool will not work with; the message says why and what to do. */
public final class LedgerProblem extends Exception {

  private static final long serialVersionUID = 1L;

  /** What is wrong, for the command's exit code. */
  public enum Kind {
    /** The kiosk has no ledger yet: nothing to back up. */
    NO_LEDGER,
    /** The ledger itself is damaged or not a ledger. */
    LEDGER_UNUSABLE,
    /** The backup (or the fresh copy) is damaged, foreign or too new. */
    BACKUP_UNUSABLE,
    /** The kiosk or the agent has the ledger open. */
    IN_USE
  }

  private final Kind kind;

  public LedgerProblem(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
