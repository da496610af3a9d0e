package nl.zuil.ledger.ticket;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The visible ticket number: the question's prefix letter and the day's sequence, W-014. */
public final class TicketNumbers {

  private static final Pattern TYPED = Pattern.compile("([A-Za-z])\\s*-?\\s*0*(\\d{1,5})");

  private TicketNumbers() {}

  public static String format(String prefix, int sequence) {
    return prefix + "-" + String.format(Locale.ROOT, "%03d", sequence);
  }

  /**
   * Reads a number as a gids types it ("w14", "W 014", "W-014") into its canonical form, or empty
   * when the text is not a ticket number at all.
   */
  public static Optional<String> normalise(String typed) {
    Matcher matcher = TYPED.matcher(typed.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int sequence = Integer.parseInt(matcher.group(2));
    if (sequence == 0) {
      return Optional.empty();
    }
    return Optional.of(format(matcher.group(1).toUpperCase(Locale.ROOT), sequence));
  }
}
