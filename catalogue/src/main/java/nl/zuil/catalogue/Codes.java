package nl.zuil.catalogue;

import java.util.regex.Pattern;

/**
 * The code rules every process shares: the "none" code a visit records for no situation, outcome or
 * partner, the shape of catalogue codes, and the slug shape of location, kiosk and desk codes.
 * Defined here, in the module every process depends on, so the kiosk, the agent and the backend
 * cannot disagree.
 */
public final class Codes {

  /**
   * What a ticket, bucket or wire record holds for "no situation", "no outcome yet" or "no
   * partner": never null, and never a catalogue code, because catalogue codes start with a letter.
   */
  public static final String NONE = "-";

  /**
   * Location, kiosk and desk codes: lower-case words joined by hyphens, at most 40, starting with a
   * letter and never five digits in a row, so that no phone or BSN number fits (the ledger's and
   * the backend's schemas check the same).
   */
  public static final Pattern SLUG = Pattern.compile("(?!.*[0-9]{5})[a-z][a-z0-9-]{0,39}");

  /**
   * Question type, situation, outcome and partner codes: lower-case words joined by underscores, at
   * most 32, starting with a letter and never five digits in a row (the ledger's CHECKs say the
   * same).
   */
  public static final Pattern CODE = Pattern.compile("(?!.*[0-9]{5})[a-z][a-z0-9_]{0,31}");

  private Codes() {}

  /**
   * @throws IllegalArgumentException naming {@code what} when {@code value} is not a slug
   */
  public static String requireSlug(String what, String value) {
    if (value == null || !SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what
              + " '"
              + value
              + "' must start with a letter and be lower-case letters, digits and '-', at most"
              + " 40, with no five digits in a row");
    }
    return value;
  }
}
