package nl.zuil.backend.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The disk under a kiosk's visit ledger as its agent reported it (decision 0015): the space left,
 * the kiosk's own verdict on it, and visits the disk refused. Counts and times only.
 *
 * @param checkedAt when the kiosk looked; on a full disk it may not even write this, so it can be
 *     old
 * @param lowOnSpace the kiosk's verdict (its console warns at the same point)
 * @param writeFailures visits the ledger could not write since the kiosk started
 * @param heldVisits self-service visits the kiosk holds in memory until the disk takes them
 */
public record LedgerDisk(
    Instant checkedAt,
    long freeBytes,
    boolean lowOnSpace,
    long writeFailures,
    Optional<Instant> lastWriteFailureAt,
    int heldVisits) {

  /** A refused write this recent still needs someone: the kiosk's console shows it as long. */
  public static final Duration RECENT = Duration.ofHours(1);

  /**
   * True when visits wait for the disk, or it refused one in the hour before {@code reportedAt}
   * (the kiosk's clock, like the failure's time).
   */
  public boolean refusesWrites(Instant reportedAt) {
    return heldVisits > 0 || recentFailure(reportedAt).isPresent();
  }

  /** The last refused write when it lies within {@link #RECENT} before {@code reportedAt}. */
  public Optional<Instant> recentFailure(Instant reportedAt) {
    return lastWriteFailureAt.filter(at -> !at.isBefore(reportedAt.minus(RECENT)));
  }
}
