package nl.zuil.kioskfiles.printer;

/**
 * The one thing to tell people about a printer, most urgent first: what the gids console shows and
 * what the sync agent reports as kiosk health.
 */
public enum PrinterCondition {
  /** No answer, or an answer that is not a status: unplugged, switched off, wrong cable or baud. */
  OFFLINE,
  COVER_OPEN,
  PAPER_OUT,
  CUTTER_ERROR,
  /** Still prints; the roll needs replacing soon. */
  PAPER_NEAR_END,
  READY
}
