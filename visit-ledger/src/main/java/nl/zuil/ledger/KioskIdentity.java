package nl.zuil.ledger;

import nl.zuil.catalogue.Codes;

/**
 * Which inlooppunt and which zuil a ledger records for, as codes from the kiosk configuration (e.g.
 * {@code hengelo-bibliotheek}, {@code zuil-1}), each a {@link Codes#SLUG}.
 */
public record KioskIdentity(String locationCode, String kioskCode) {

  public KioskIdentity {
    Codes.requireSlug("location code", locationCode);
    Codes.requireSlug("kiosk code", kioskCode);
  }
}
