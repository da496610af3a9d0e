package nl.zuil.catalogue;

import java.util.Optional;

/**
 * An inlooppunt of the region, kept centrally so every kiosk can tell a visitor where and when a
 * gids can help next. A kiosk finds its own by the location code in its config.
 *
 * @param code the location code kiosks and the ledger use, e.g. {@code hengelo-bibliotheek}
 * @param name the place as visitors know it ("Bibliotheek Hengelo"); a proper name, shown as it is
 *     in every language
 * @param address one line, optional
 * @param coordinates optional; without them a location is not ranked by distance
 * @param gidsHours when gidsen are present; null for a zuil where no gids ever is
 */
public record Location(
    String code,
    String name,
    String municipality,
    String address,
    Coordinates coordinates,
    OpeningHours gidsHours) {

  public Optional<OpeningHours> hours() {
    return Optional.ofNullable(gidsHours);
  }
}
