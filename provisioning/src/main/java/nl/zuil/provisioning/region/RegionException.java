package nl.zuil.provisioning.region;

/** The region's backend could not be used; the message says what happened in words. */
public final class RegionException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why, so a command can pick its exit code and its advice. */
  public enum Kind {
    /** No connection, a timeout, or a 5xx/429: try again later. */
    UNREACHABLE,
    /** The server's key is not the pinned one (or its certificate not from the CA file). */
    UNTRUSTED,
    /** The backend refused the request itself: a used, expired or unknown enrolment code. */
    REFUSED,
    /** The device credential is unknown or revoked. */
    UNAUTHORISED,
    /** The backend answered, but not with what API v1 promises. */
    BAD_ANSWER
  }

  private final Kind kind;

  public RegionException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
