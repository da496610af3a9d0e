package nl.zuil.backend.enrolment;

import java.util.regex.Pattern;

/**
 * The shape of location and kiosk codes, the same as the kiosk's ledger enforces: lower-case words
 * joined by hyphens, at most 40, never five digits in a row (so no phone or BSN number fits).
 */
public final class Codes {

  public static final Pattern SLUG = Pattern.compile("(?!.*[0-9]{5})[a-z][a-z0-9-]{0,39}");

  private Codes() {}

  public static String requireSlug(String what, String value) {
    if (value == null || !SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what
              + " '"
              + value
              + "' must start with a letter and be lower-case letters, digits and '-', at most 40,"
              + " with no five digits in a row");
    }
    return value;
  }
}
