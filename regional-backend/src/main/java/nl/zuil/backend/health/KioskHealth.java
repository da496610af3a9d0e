package nl.zuil.backend.health;

import java.time.Instant;
import java.util.Optional;

/**
 * The last health of one kiosk as stored, for regional IT.
 *
 * @param clockOffsetMillis the kiosk's clock minus the backend's when the report arrived
 * @param printerCheckedAt empty when the kiosk never reported a printer status
 * @param setAsideBuckets buckets the kiosk's agent holds back after the region refused them: counts
 *     missing from the figures until someone fixes the cause
 * @param lastStart empty when the kiosk's agent is of an earlier release (decision 0808)
 * @param disk empty when the kiosk's agent is of an earlier release or the kiosk never wrote one
 *     (decision 0015)
 */
public record KioskHealth(
    String regionCode,
    String locationCode,
    String kioskCode,
    String appVersion,
    Instant reportedAt,
    Instant receivedAt,
    long clockOffsetMillis,
    boolean printerOnline,
    boolean printerCoverOpen,
    boolean printerPaperOut,
    boolean printerPaperNearEnd,
    boolean printerCutterError,
    Optional<Instant> printerCheckedAt,
    long ledgerBytes,
    long storedVisits,
    Optional<Instant> lastVisitAt,
    long ledgerRevision,
    long acknowledgedRevision,
    long setAsideBuckets,
    Optional<LastStart> lastStart,
    Optional<LedgerDisk> disk) {

  /** How many bucket changes the region has not heard of yet. */
  public long pendingRevisions() {
    return Math.max(0, ledgerRevision - acknowledgedRevision);
  }
}
