package nl.zuil.kiosk.presence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Location;
import nl.zuil.catalogue.presence.GidsRoster;
import nl.zuil.catalogue.presence.PlacePresence;
import nl.zuil.catalogue.presence.Presence;
import nl.zuil.catalogue.presence.PresenceOverride;
import nl.zuil.catalogue.presence.Timetable;
import nl.zuil.ledger.presence.PresenceEvent;

/**
 * Whether this kiosk's visitors get a queue number or the next step: the region's roster for this
 * location with the console's override of today. Kept in memory so the last tap never waits for the
 * disk; the console updates it after the ledger has stored the override.
 *
 * <p>A kiosk whose location the catalogue does not list has no roster at all and issues numbers as
 * it always did: a region that has not entered its locations yet must not see its kiosks stop
 * queueing.
 */
public final class GidsPresence {

  /** How many other inlooppunten a visitor who finds no gids is told about. */
  public static final int NEAREST = 3;

  private final String locationCode;
  private final Clock clock;
  private final AtomicReference<Catalogue> catalogue;
  private final AtomicReference<Optional<PresenceOverride>> override =
      new AtomicReference<>(Optional.empty());

  public GidsPresence(Catalogue catalogue, String locationCode, Clock clock) {
    this.catalogue = new AtomicReference<>(catalogue);
    this.locationCode = locationCode;
    this.clock = clock;
  }

  /** The ledger's event as the roster reads it; a clearing is no override. */
  public static Optional<PresenceOverride> overrideOf(PresenceEvent event) {
    return switch (event.kind()) {
      case OVERRIDE_PRESENT ->
          Optional.of(
              new PresenceOverride(
                  PresenceOverride.Kind.PRESENT, event.at().atZone(Timetable.ZONE)));
      case OVERRIDE_ABSENT ->
          Optional.of(
              new PresenceOverride(
                  PresenceOverride.Kind.ABSENT, event.at().atZone(Timetable.ZONE)));
      case OVERRIDE_CLEARED -> Optional.empty();
    };
  }

  public void override(Optional<PresenceOverride> today) {
    override.set(today);
  }

  public void useCatalogue(Catalogue newCatalogue) {
    catalogue.set(newCatalogue);
  }

  public String locationCode() {
    return locationCode;
  }

  /** Whether the region rostered this location at all. */
  public boolean rostered() {
    return catalogue.get().location(locationCode).isPresent();
  }

  /** Whether this location ever has a gids; a zuil on its own has not. */
  public boolean hasGidsHours() {
    return catalogue.get().location(locationCode).flatMap(Location::hours).isPresent();
  }

  /** Whether a visitor tapping now gets a queue number. */
  public boolean queueOpen() {
    return !rostered() || now().staffed();
  }

  public Presence now() {
    return roster().presence(locationCode, override.get());
  }

  public List<PlacePresence> nearestStaffed() {
    return roster().nearestStaffed(locationCode, NEAREST);
  }

  public GidsRoster roster() {
    return new GidsRoster(catalogue.get(), clock);
  }

  public Catalogue catalogue() {
    return catalogue.get();
  }
}
