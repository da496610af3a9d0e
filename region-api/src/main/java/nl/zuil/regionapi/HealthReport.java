package nl.zuil.regionapi;

/**
 * Body of {@code POST /api/v1/health}: how a kiosk is doing. Sizes and times only, never a visit.
 *
 * @param reportedAt the kiosk's clock when it sent the report; the backend compares it with its own
 * @param printer the printer's last status, or null when the kiosk has never written one
 * @param setAsideBuckets buckets the agent holds back because the region refused them on their own
 *     (decision 0205)
 * @param kioskStart the kiosk's last start and the catalogue it shows (decision 0808); null from an
 *     agent of an earlier release or a kiosk that never wrote one
 * @param disk the disk under the ledger as the kiosk last saw it (decision 0015); null from an
 *     agent of an earlier release or a kiosk that never wrote one
 */
public record HealthReport(
    String locationCode,
    String kioskCode,
    String appVersion,
    String reportedAt,
    Printer printer,
    Ledger ledger,
    long acknowledgedRevision,
    long setAsideBuckets,
    @AddedLater KioskStart kioskStart,
    @AddedLater Disk disk) {

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

  /**
   * How the kiosk's last start went: after a package update, that update's result.
   *
   * @param version the kiosk package version it started, such as {@code 0.1.0~20261207T030000}
   * @param state {@code starting}, {@code shown} (first frame out) or {@code failed}
   * @param catalogueVersion the catalogue version its screens show; null before its first frame
   * @param catalogueSince when it took that catalogue up; null with {@code catalogueVersion}
   */
  public record KioskStart(
      String version,
      String state,
      String startedAt,
      String stateAt,
      Integer catalogueVersion,
      String catalogueSince) {}

  /**
   * The disk under the visit ledger, as the kiosk last wrote it (decision 0015).
   *
   * @param checkedAt when the kiosk looked; an old one means it could not write even that
   * @param lowOnSpace the kiosk's own verdict that {@code freeBytes} is running out
   * @param writeFailures visits the ledger could not write since the kiosk started
   * @param lastWriteFailureAt the latest of those; null when there was none
   * @param heldVisits self-service visits the kiosk keeps in memory until the disk takes them
   */
  public record Disk(
      String checkedAt,
      long freeBytes,
      boolean lowOnSpace,
      long writeFailures,
      String lastWriteFailureAt,
      int heldVisits) {}
}
