package nl.zuil.backend.signin.oidc;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import nl.zuil.backend.access.Role;

/**
 * The region's identity provider, as {@code serve --oidc-*} configures it (decision 0215).
 *
 * @param issuer the provider's issuer URL; its {@code /.well-known/openid-configuration} names the
 *     endpoints and keys
 * @param clientId this backend's client id at the provider (the ID token's audience)
 * @param clientSecret its client secret, read from a file
 * @param redirectUri where the provider sends the browser back: {@code
 *     https://<host>/login/oidc/callback}
 * @param regionCode the region every account signed in this way belongs to
 * @param roleClaim the claim holding the groups or roles ({@code groups}, {@code roles})
 * @param roleValues which claim value gives which role
 * @param municipalityClaim the claim naming a municipality account's municipality
 * @param usernameClaim the claim shown as the account's name ({@code preferred_username})
 */
public record OidcSettings(
    URI issuer,
    String clientId,
    String clientSecret,
    URI redirectUri,
    String regionCode,
    String roleClaim,
    Map<Role, String> roleValues,
    Optional<String> municipalityClaim,
    String usernameClaim) {

  public OidcSettings {
    roleValues = Map.copyOf(roleValues);
    if (roleValues.isEmpty()) {
      throw new IllegalArgumentException("map at least one role to a claim value (--oidc-role)");
    }
    if (roleValues.containsKey(Role.MUNICIPALITY) && municipalityClaim.isEmpty()) {
      throw new IllegalArgumentException(
          "the municipality role needs the claim naming the municipality"
              + " (--oidc-municipality-claim)");
    }
  }
}
