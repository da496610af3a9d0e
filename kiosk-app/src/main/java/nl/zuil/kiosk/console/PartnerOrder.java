package nl.zuil.kiosk.console;

import java.util.List;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Partner;

/**
 * The order partners are offered in after "Doorverwezen": the ones that suit the question first.
 * The region's social map (sociale kaart) will know which suit; until then the catalogue's order
 * stands, which a region already sets with its most common partners first.
 */
@FunctionalInterface
public interface PartnerOrder {

  List<Partner> forQuestion(String questionCode);

  static PartnerOrder asInCatalogue(Catalogue catalogue) {
    return question -> catalogue.partners();
  }
}
