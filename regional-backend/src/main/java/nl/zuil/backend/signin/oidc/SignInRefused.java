package nl.zuil.backend.signin.oidc;

/**
 * A sign-in through the identity provider that did not work. The reason goes to the log for IT
 * beheer; the member of staff sees only whether the provider knew them without a Zuil role.
 */
public final class SignInRefused extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean unmapped;

  private SignInRefused(String reason, boolean unmapped, Throwable cause) {
    super(reason, cause);
    this.unmapped = unmapped;
  }

  /** The flow or the token was wrong: state, code, signature, issuer, audience, expiry, nonce. */
  static SignInRefused failed(String reason, Throwable cause) {
    return new SignInRefused(reason, false, cause);
  }

  static SignInRefused failed(String reason) {
    return new SignInRefused(reason, false, null);
  }

  /** The provider vouched for the person, but their claims give no (or no single) Zuil role. */
  static SignInRefused unmapped(String reason) {
    return new SignInRefused(reason, true, null);
  }

  public boolean unmapped() {
    return unmapped;
  }
}
