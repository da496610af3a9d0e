package nl.zuil.backend.region;

import java.util.List;
import java.util.Optional;
import nl.zuil.catalogue.Catalogue;

/** Regions, their catalogues and their inlooppunten. */
public interface Regions {

  /**
   * Creates the catalogue's region if it is new, and publishes the catalogue as the region's
   * current one.
   *
   * @throws IllegalArgumentException when the region already has this or a later version
   */
  void publish(Catalogue catalogue);

  /**
   * Adds an inlooppunt to a region, or renames it.
   *
   * @throws IllegalArgumentException when the region does not exist
   */
  void saveLocation(String regionCode, String locationCode, String name, String municipality);

  boolean locationExists(String regionCode, String locationCode);

  /** The codes of every region the backend holds, in order. */
  List<String> codes();

  /** The inlooppunten of a region by name; empty for an unknown region. */
  List<Location> locations(String regionCode);

  /**
   * Every catalogue version the region published, oldest first: statistics label codes that only an
   * earlier version knew, since a kiosk may still have counted under it.
   */
  List<Catalogue> catalogues(String regionCode);

  /** The region's name, empty for an unknown region. */
  Optional<String> name(String regionCode);

  /** The codes of every catalogue version the region published; empty for an unknown region. */
  Optional<KnownCodes> knownCodes(String regionCode);
}
