package nl.zuil.backend.access;

/**
 * Names of staff signed in through the region's identity provider carry a prefix no password
 * account can have (their names are lower-case letters, digits, '.', '_' and '-'), so the two kinds
 * can never be mistaken for each other in a session, a log line or the TOTP pages. The provider's
 * name for the person (often an e-mail address) is at most {@value #MAX_NAME} characters, what the
 * session and audit tables hold after the prefix (schema 9).
 */
public final class ProviderAccounts {

  public static final String PREFIX = "idp:";

  /** The longest name a provider may give: the longest e-mail address (RFC 5321). */
  public static final int MAX_NAME = 254;

  private ProviderAccounts() {}

  public static boolean isProviderAccount(String username) {
    return username.startsWith(PREFIX);
  }
}
