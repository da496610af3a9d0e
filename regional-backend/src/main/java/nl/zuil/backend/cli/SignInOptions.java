package nl.zuil.backend.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.zuil.backend.access.Role;
import nl.zuil.backend.signin.SignInSettings;
import nl.zuil.backend.signin.oidc.OidcSettings;
import nl.zuil.backend.signin.totp.SecretSeal;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How staff sign in besides their password (decision 0215): the region's identity provider over
 * OpenID Connect, and TOTP as a second factor on password accounts. Without any of these options
 * the login page is the password form alone.
 */
final class SignInOptions {

  @Option(
      names = "--totp-key-file",
      description =
          "File with a Base64 32-byte key that seals TOTP secrets in the database"
              + " (head -c 32 /dev/urandom | base64). Without it, TOTP is not offered.")
  Path totpKeyFile;

  @Option(
      names = "--require-totp",
      description =
          "Every password account must use TOTP: one without sets it up at its next sign-in")
  boolean requireTotp;

  @Option(names = "--oidc-issuer", description = "Issuer URL of the region's identity provider")
  URI oidcIssuer;

  @Option(names = "--oidc-client-id", description = "This backend's client id at the provider")
  String oidcClientId;

  @Option(
      names = "--oidc-client-secret-file",
      description = "File holding the client secret (never on the command line)")
  Path oidcClientSecretFile;

  @Option(
      names = "--oidc-redirect-url",
      description = "Where the provider sends staff back: https://<this host>/login/oidc/callback")
  URI oidcRedirectUrl;

  @Option(
      names = "--oidc-region",
      description = "Region code of every account that signs in through the provider")
  String oidcRegion;

  @Option(
      names = "--oidc-role-claim",
      defaultValue = "groups",
      description = "Claim holding the groups or roles; default ${DEFAULT-VALUE}")
  String oidcRoleClaim;

  @Option(
      names = "--oidc-role",
      description =
          "ROLE=VALUE: the claim value that gives a role (region-staff, municipality, it);"
              + " repeat per role")
  Map<String, String> oidcRoles = Map.of();

  @Option(
      names = "--oidc-municipality-claim",
      description = "Claim naming a municipality account's municipality")
  String oidcMunicipalityClaim;

  @Option(
      names = "--oidc-username-claim",
      defaultValue = "preferred_username",
      description = "Claim shown as the account's name; default ${DEFAULT-VALUE}")
  String oidcUsernameClaim;

  SignInSettings settings(CommandLine commandLine, boolean https) throws IOException {
    try {
      Optional<SecretSeal> seal =
          totpKeyFile == null ? Optional.empty() : Optional.of(SecretSeal.fromFile(totpKeyFile));
      if (requireTotp && seal.isEmpty()) {
        throw new ParameterException(commandLine, "--require-totp needs --totp-key-file");
      }
      return new SignInSettings(oidc(commandLine, https), seal, requireTotp);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, e.getMessage());
    }
  }

  private Optional<OidcSettings> oidc(CommandLine commandLine, boolean https) throws IOException {
    if (oidcIssuer == null) {
      if (oidcClientId != null || oidcRedirectUrl != null || !oidcRoles.isEmpty()) {
        throw new ParameterException(commandLine, "the --oidc-* options need --oidc-issuer");
      }
      return Optional.empty();
    }
    if (oidcClientId == null
        || oidcClientSecretFile == null
        || oidcRedirectUrl == null
        || oidcRegion == null) {
      throw new ParameterException(
          commandLine,
          "--oidc-issuer needs --oidc-client-id, --oidc-client-secret-file, --oidc-redirect-url"
              + " and --oidc-region");
    }
    if (https && !"https".equals(oidcRedirectUrl.getScheme())) {
      throw new ParameterException(commandLine, "--oidc-redirect-url must be an https URL");
    }
    Map<Role, String> roles = new EnumMap<>(Role.class);
    for (Map.Entry<String, String> entry : oidcRoles.entrySet()) {
      Role role =
          Role.of(entry.getKey())
              .orElseThrow(
                  () ->
                      new ParameterException(
                          commandLine,
                          "--oidc-role: unknown role '"
                              + entry.getKey()
                              + "' (region-staff, municipality, it)"));
      roles.put(role, entry.getValue());
    }
    return Optional.of(
        new OidcSettings(
            oidcIssuer,
            oidcClientId,
            Files.readString(oidcClientSecretFile).strip(),
            oidcRedirectUrl,
            oidcRegion,
            oidcRoleClaim,
            roles,
            Optional.ofNullable(oidcMunicipalityClaim),
            oidcUsernameClaim));
  }
}
