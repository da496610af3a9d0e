package nl.zuil.backend.access;

import java.util.List;
import java.util.Optional;
import nl.zuil.backend.region.Location;

/**
 * A staff account as the pages know it after login; never holds the password or its hash.
 *
 * @param municipality present exactly for the municipality role
 */
public record StaffUser(
    String username, String regionCode, Role role, Optional<String> municipality) {

  public StaffUser {
    if ((role == Role.MUNICIPALITY) != municipality.isPresent()) {
      throw new IllegalArgumentException(
          "a municipality account names its municipality, other accounts do not");
    }
  }

  /** The inlooppunten of {@code regionLocations} this account may see. */
  public List<Location> visible(List<Location> regionLocations) {
    return regionLocations.stream()
        .filter(location -> location.regionCode().equals(regionCode))
        .filter(
            location ->
                municipality.isEmpty() || location.municipality().equals(municipality.get()))
        .toList();
  }
}
