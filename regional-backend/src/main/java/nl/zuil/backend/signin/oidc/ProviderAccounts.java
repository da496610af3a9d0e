package nl.zuil.backend.signin.oidc;

/**
 * Names of staff signed in through the region's identity provider carry a prefix no password
 * account can have (their names are lower-case letters, digits, '.', '_' and '-'), so the two kinds
 * can never be mistaken for each other in a session, a log line or the TOTP pages.
 */
public final class ProviderAccounts {

  static final String PREFIX = "idp:";

  private ProviderAccounts() {}

  public static boolean isProviderAccount(String username) {
    return username.startsWith(PREFIX);
  }
}
