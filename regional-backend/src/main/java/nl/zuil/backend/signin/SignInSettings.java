package nl.zuil.backend.signin;

import java.util.Optional;
import nl.zuil.backend.signin.oidc.OidcSettings;
import nl.zuil.backend.signin.totp.SecretSeal;

/**
 * How staff sign in besides their password (decision 0215).
 *
 * @param oidc the region's identity provider, when it has one
 * @param totpSeal the key TOTP secrets are sealed with; without it TOTP cannot be set up or used
 * @param totpRequired every password account must use TOTP (it sets it up at its next sign-in)
 */
public record SignInSettings(
    Optional<OidcSettings> oidc, Optional<SecretSeal> totpSeal, boolean totpRequired) {

  public SignInSettings {
    if (totpRequired && totpSeal.isEmpty()) {
      throw new IllegalArgumentException("requiring TOTP needs a TOTP key file");
    }
  }

  /** Password only, as before this existed. */
  public static SignInSettings passwordOnly() {
    return new SignInSettings(Optional.empty(), Optional.empty(), false);
  }
}
