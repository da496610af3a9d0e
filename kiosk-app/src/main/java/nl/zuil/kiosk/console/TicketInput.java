package nl.zuil.kiosk.console;

import java.util.Locale;
import java.util.Optional;
import nl.zuil.ledger.ticket.TicketNumbers;
import nl.zuil.ledger.ticket.TicketReferences;

/**
 * What a gids types or scans into the number field, read as a ticket. A keyboard-wedge scanner
 * "types" the whole QR link ({@code https://.../vraag/werk-zoeken#K7M2QX9ABC}) and Enter; the
 * reference is the part after {@code #}. Anything that is not a ticket number or reference is
 * refused here and never reaches the ledger, so the field cannot carry free text anywhere.
 */
public final class TicketInput {

  /** Longer than any QR link the catalogue makes; more is not a ticket. */
  public static final int MAX_LENGTH = 300;

  private TicketInput() {}

  /** A ticket number ("W-014") or reference ("K7M2QX9ABC"), or empty when the text is neither. */
  public static Optional<String> read(String typed) {
    if (typed == null || typed.isBlank() || typed.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String text = typed.strip();
    int hash = text.lastIndexOf('#');
    if (hash >= 0) {
      text = text.substring(hash + 1).strip();
    }
    String upper = text.toUpperCase(Locale.ROOT);
    if (TicketReferences.SHAPE.matcher(upper).matches()) {
      return Optional.of(upper);
    }
    return TicketNumbers.normalise(text);
  }
}
