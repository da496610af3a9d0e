package nl.zuil.backend.web;

import java.util.Optional;

/** The login form. Its one error message is the same whatever went wrong. */
final class LoginPage {

  /** What {@code login.jte} shows. */
  record Model(View view, String loginToken, Optional<String> messageKey, boolean offersProvider) {}

  private LoginPage() {}

  /**
   * @param offersProvider whether to offer signing in with the region's identity provider
   */
  static String render(
      View view, String loginToken, Optional<String> messageKey, boolean offersProvider) {
    return Templates.render("login.jte", new Model(view, loginToken, messageKey, offersProvider));
  }
}
