package nl.zuil.regionapi;

/**
 * Body of {@code POST /api/v1/health}: how a kiosk is doing. Sizes and times only, never a visit.
 *
 * @param reportedAt the kiosk's clock when it sent the report; the backend compares it with its own
 * @param printer the printer's last status, or null when the kiosk has never written one
 * @param setAsideBuckets buckets the agent holds back because the region refused them on their own
 *     (decision 0205)
 */
public record HealthReport(
    String locationCode,
    String kioskCode,
    String appVersion,
    String reportedAt,
    Printer printer,
    Ledger ledger,
    long acknowledgedRevision,
    long setAsideBuckets) {

  /** The printer as the kiosk last saw it; paper-near-end is the warning before paper-out. */
  public record Printer(
      boolean online,
      boolean coverOpen,
      boolean paperOut,
      boolean paperNearEnd,
      boolean cutterError,
      String checkedAt) {}

  /**
   * The visit ledger's size and freshness.
   *
   * @param lastVisitAt null when the ledger holds no visit
   */
  public record Ledger(
      long fileBytes, long storedVisits, String lastVisitAt, long latestRevision) {}
}
