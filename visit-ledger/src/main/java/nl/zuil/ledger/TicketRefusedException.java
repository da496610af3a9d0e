package nl.zuil.ledger;

/**
 * A request the ledger refused because it would break the rules: an unknown code, an outcome before
 * the call, a second outcome. Nothing was changed. The reason lets a screen show its own
 * plain-language text; the message is for logs.
 */
public class TicketRefusedException extends RuntimeException {

  public enum Reason {
    UNKNOWN_CODE,
    NOT_FOUND,
    ALREADY_CALLED,
    NOT_CALLED,
    ALREADY_FINISHED,
    PARTNER_REQUIRED,
    PARTNER_NOT_ALLOWED,
    NOT_A_REFERRAL,
    ALREADY_CONFIRMED,
    /** A correction of a ticket that has no outcome yet, or only the kiosk's own. */
    NOT_FINISHED,
    /** A correction after the end of the service day on which the outcome was recorded. */
    CORRECTION_CLOSED,
    /** A correction to the outcome and partner the ticket already has. */
    UNCHANGED,
    /** A further question beyond the most one visit may hold. */
    TOO_MANY_QUESTIONS,
    /** Handing on a visit that already waits for another desk. */
    ALREADY_HANDED_ON
  }

  private final Reason reason;

  public TicketRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
