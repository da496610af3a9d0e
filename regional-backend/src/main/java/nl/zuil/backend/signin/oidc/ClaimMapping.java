package nl.zuil.backend.signin.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zuil.backend.access.ProviderAccounts;
import nl.zuil.backend.access.Role;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.region.Regions;

/**
 * Who a verified ID token makes its bearer (decision 0215): the role whose configured value is in
 * the role claim (a group or app role at the provider), in the configured region; a municipality
 * account's municipality from its own claim, and only one the region has inlooppunten in. No
 * matching value, or values for two roles, is refused: one account, one role, as with passwords.
 */
final class ClaimMapping {

  private final OidcSettings settings;
  private final Regions regions;

  ClaimMapping(OidcSettings settings, Regions regions) {
    this.settings = settings;
    this.regions = regions;
  }

  StaffUser user(JWTClaimsSet claims) throws SignInRefused {
    List<String> values = values(claims, settings.roleClaim());
    List<Role> roles = new ArrayList<>();
    for (Map.Entry<Role, String> entry : settings.roleValues().entrySet()) {
      if (values.contains(entry.getValue())) {
        roles.add(entry.getKey());
      }
    }
    if (roles.size() != 1) {
      throw SignInRefused.unmapped(
          "claim '" + settings.roleClaim() + "' gives " + roles.size() + " Zuil roles, not one");
    }
    Role role = roles.get(0);
    Optional<String> municipality = Optional.empty();
    if (role == Role.MUNICIPALITY) {
      String claim = settings.municipalityClaim().orElseThrow();
      municipality = values(claims, claim).stream().findFirst();
      String region = settings.regionCode();
      Optional<String> named = municipality;
      boolean known =
          named.isPresent()
              && regions.locations(region).stream()
                  .anyMatch(l -> l.municipality().equals(named.get()));
      if (!known) {
        throw SignInRefused.unmapped(
            "claim '" + claim + "' names no municipality with inlooppunten of region " + region);
      }
    }
    String name =
        values(claims, settings.usernameClaim()).stream().findFirst().orElse(claims.getSubject());
    if (name == null || name.isBlank() || name.length() > ProviderAccounts.MAX_NAME) {
      throw SignInRefused.failed(
          "claim '"
              + settings.usernameClaim()
              + "' gives no name of at most "
              + ProviderAccounts.MAX_NAME
              + " characters");
    }
    return new StaffUser(ProviderAccounts.PREFIX + name, settings.regionCode(), role, municipality);
  }

  /** A claim's values: a list of strings, or one string. */
  private static List<String> values(JWTClaimsSet claims, String name) {
    Object value = claims.getClaim(name);
    if (value instanceof String text) {
      return List.of(text);
    }
    if (value instanceof Collection<?> many) {
      return many.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
    return List.of();
  }
}
