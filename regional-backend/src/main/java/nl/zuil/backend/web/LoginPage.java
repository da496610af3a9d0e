package nl.zuil.backend.web;

import java.util.Optional;

/** The login form. Its one error message is the same whatever went wrong. */
final class LoginPage {

  /** What {@code login.jte} shows. */
  record Model(View view, String loginToken, Optional<String> messageKey) {}

  private LoginPage() {}

  static String render(View view, String loginToken, Optional<String> messageKey) {
    return Templates.render("login.jte", new Model(view, loginToken, messageKey));
  }
}
