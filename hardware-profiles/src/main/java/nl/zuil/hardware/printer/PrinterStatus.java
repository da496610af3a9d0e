package nl.zuil.hardware.printer;

import java.time.Instant;

/**
 * What the printer last reported about itself (ESC/POS real-time status). A printer that answered
 * nothing, or garbage, is offline: a status is never assumed good.
 */
public record PrinterStatus(
    boolean online,
    boolean coverOpen,
    boolean paperOut,
    boolean paperNearEnd,
    boolean cutterError,
    Instant checkedAt) {

  public static PrinterStatus offline(Instant checkedAt) {
    return new PrinterStatus(false, false, false, false, false, checkedAt);
  }

  public static PrinterStatus ready(Instant checkedAt) {
    return new PrinterStatus(true, false, false, false, false, checkedAt);
  }

  /** True when a ticket can come out now. Paper near its end still prints, with a warning. */
  public boolean canPrint() {
    return online && !coverOpen && !paperOut && !cutterError;
  }
}
