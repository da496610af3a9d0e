package nl.zuil.sync.transport;

import java.time.Duration;
import java.util.Optional;

/** An attempt that delivered nothing more; the watermark stays where it was. */
public final class DeliveryException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why, so the agent can tell a flaky network from a kiosk that needs a person. */
  public enum Kind {
    /** Network failure, timeout, 5xx or 429: try again after a backoff. */
    UNAVAILABLE,
    /** The backend answered 2xx but not with a matching acknowledgement. */
    BAD_ACKNOWLEDGEMENT,
    /** 401/403: the credential is wrong or revoked; enrol again. */
    UNAUTHORISED,
    /**
     * 400/413: the backend refuses what this request holds. The pusher narrows it down to the
     * buckets refused on their own and sets those aside, so the rest of the backlog still flows.
     */
    REFUSED,
    /** Another 4xx: the backend refuses this kiosk's requests; it needs a person. */
    REJECTED,
    /**
     * The ledger's revisions fell below the acknowledged watermark: it was restored from a backup
     * without lifting its revisions, so the region would ignore its changes (decision 0205).
     */
    LEDGER_BEHIND,
    /** The ledger cannot be read yet (the kiosk has not created it, or it is being restored). */
    LEDGER_UNAVAILABLE
  }

  private final Kind kind;
  private final transient Optional<Duration> retryAfter;

  public DeliveryException(Kind kind, String message, Optional<Duration> retryAfter) {
    super(message);
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  public Kind kind() {
    return kind;
  }

  /** What the backend asked for in {@code Retry-After}, if anything. */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }
}
