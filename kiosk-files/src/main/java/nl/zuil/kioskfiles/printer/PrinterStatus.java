package nl.zuil.kioskfiles.printer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * What the printer last reported about itself (ESC/POS real-time status). A printer that answered
 * nothing, or garbage, is offline: a status is never assumed good.
 *
 * <p>Also the content of the kiosk's printer status file ({@link PrinterStatusFile}): the field
 * names are the JSON names. Fields a newer kiosk adds are ignored, so an older agent still reads
 * the file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
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

  /** The most urgent of the reported conditions. */
  @JsonIgnore
  public PrinterCondition condition() {
    if (!online) {
      return PrinterCondition.OFFLINE;
    }
    if (coverOpen) {
      return PrinterCondition.COVER_OPEN;
    }
    if (paperOut) {
      return PrinterCondition.PAPER_OUT;
    }
    if (cutterError) {
      return PrinterCondition.CUTTER_ERROR;
    }
    return paperNearEnd ? PrinterCondition.PAPER_NEAR_END : PrinterCondition.READY;
  }

  /** True when {@code other} reports the same state, whenever either was read. */
  public boolean sameStateAs(PrinterStatus other) {
    return other != null
        && online == other.online
        && coverOpen == other.coverOpen
        && paperOut == other.paperOut
        && paperNearEnd == other.paperNearEnd
        && cutterError == other.cutterError;
  }

  /** True when a ticket can come out now. Paper near its end still prints, with a warning. */
  @JsonIgnore
  public boolean canPrint() {
    return online && !coverOpen && !paperOut && !cutterError;
  }
}
