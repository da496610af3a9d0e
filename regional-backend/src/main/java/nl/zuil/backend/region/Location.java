package nl.zuil.backend.region;

import java.util.Comparator;

/** An inlooppunt of a region, with the municipality it lies in. */
public record Location(String regionCode, String code, String name, String municipality) {

  /**
   * The order pages list inlooppunten in, by name; a selection's inlooppunten in this order are
   * part of the key its sums are kept under, which the statistics warm-up must meet.
   */
  public static final Comparator<Location> AS_LISTED =
      Comparator.comparing(Location::name).thenComparing(Location::code);
}
