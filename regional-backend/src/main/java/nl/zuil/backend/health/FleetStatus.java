package nl.zuil.backend.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What IT beheer needs to see of one kiosk: when it last reached the region, its printer, its
 * version and clock. A kiosk is <em>silent</em> when its last report is older than the configured
 * time; paper that is low or out is a warning even when the kiosk is otherwise fine.
 */
public record FleetStatus(
    KioskHealth health,
    boolean silent,
    Duration sinceLastReport,
    Printer printer,
    boolean clockOff) {

  /** A kiosk clock further off than this makes ticket times and waiting times unreliable. */
  public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(2);

  public enum Printer {
    OK,
    PAPER_LOW,
    PAPER_OUT,
    COVER_OPEN,
    CUTTER_ERROR,
    OFFLINE,
    UNKNOWN;

    /** Whether someone has to go to the kiosk. */
    public boolean needsAttention() {
      return this != OK && this != UNKNOWN;
    }
  }

  public static List<FleetStatus> of(List<KioskHealth> kiosks, Instant now, Duration silentAfter) {
    return kiosks.stream()
        .map(
            h -> {
              Duration since = Duration.between(h.receivedAt(), now);
              return new FleetStatus(
                  h,
                  since.compareTo(silentAfter) > 0,
                  since.isNegative() ? Duration.ZERO : since,
                  printer(h),
                  Math.abs(h.clockOffsetMillis()) > CLOCK_TOLERANCE.toMillis());
            })
        .toList();
  }

  /** The printer's worst problem first: offline hides everything else. */
  static Printer printer(KioskHealth h) {
    if (h.printerCheckedAt().isEmpty()) {
      return Printer.UNKNOWN;
    }
    if (!h.printerOnline()) {
      return Printer.OFFLINE;
    }
    if (h.printerPaperOut()) {
      return Printer.PAPER_OUT;
    }
    if (h.printerCoverOpen()) {
      return Printer.COVER_OPEN;
    }
    if (h.printerCutterError()) {
      return Printer.CUTTER_ERROR;
    }
    return h.printerPaperNearEnd() ? Printer.PAPER_LOW : Printer.OK;
  }
}
