package nl.zuil.ledger;

import java.util.regex.Pattern;

/**
 * Which inlooppunt and which zuil a ledger records for, as codes from the kiosk configuration (e.g.
 * {@code hengelo-bibliotheek}, {@code zuil-1}).
 */
public record KioskIdentity(String locationCode, String kioskCode) {

  /**
   * Location, kiosk and desk codes: lower-case words joined by hyphens, at most 40, starting with a
   * letter and never five digits in a row, so that no phone or BSN number fits (the schema checks
   * the same).
   */
  public static final Pattern SLUG = Pattern.compile("(?!.*[0-9]{5})[a-z][a-z0-9-]{0,39}");

  public KioskIdentity {
    requireSlug("location code", locationCode);
    requireSlug("kiosk code", kioskCode);
  }

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
