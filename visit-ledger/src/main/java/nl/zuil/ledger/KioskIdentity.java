package nl.zuil.ledger;

import java.util.regex.Pattern;

/**
 * Which inlooppunt and which zuil a ledger records for, as codes from the kiosk configuration (e.g.
 * {@code hengelo-bibliotheek}, {@code zuil-1}).
 */
public record KioskIdentity(String locationCode, String kioskCode) {

  /** Location, kiosk and desk codes: lower-case words joined by hyphens, at most 40. */
  public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  public KioskIdentity {
    requireSlug("location code", locationCode);
    requireSlug("kiosk code", kioskCode);
  }

  public static String requireSlug(String what, String value) {
    if (value == null || !SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what + " '" + value + "' must be lower-case letters, digits and '-', at most 40");
    }
    return value;
  }
}
