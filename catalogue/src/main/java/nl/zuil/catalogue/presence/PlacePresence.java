package nl.zuil.catalogue.presence;

import java.util.Optional;
import nl.zuil.catalogue.Location;

/**
 * Another inlooppunt as a visitor is told about it: where, and when a gids is there.
 *
 * @param kilometres as the crow flies from the kiosk's location; empty when either has no
 *     coordinates
 */
public record PlacePresence(Location location, Presence presence, Optional<Double> kilometres) {}
