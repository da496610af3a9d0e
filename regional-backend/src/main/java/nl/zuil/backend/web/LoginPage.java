package nl.zuil.backend.web;

import static nl.zuil.backend.web.Html.esc;

import java.util.Optional;

/** The login form. Its one error message is the same whatever went wrong. */
final class LoginPage {

  private LoginPage() {}

  static String render(View view, String loginToken, Optional<String> messageKey) {
    StringBuilder main = new StringBuilder(2048);
    main.append("<h1>")
        .append(view.t("login.title"))
        .append("</h1>\n<p>")
        .append(view.t("login.intro"))
        .append("</p>\n");
    messageKey.ifPresent(
        key ->
            main.append("<p class=\"warning\" role=\"alert\">")
                .append(view.t(key))
                .append("</p>\n"));
    main.append("<form class=\"login\" method=\"post\" action=\"/login\">")
        .append("<input type=\"hidden\" name=\"login\" value=\"")
        .append(esc(loginToken))
        .append("\">\n<label>")
        .append(view.t("login.username"))
        .append(" <input name=\"username\" autocomplete=\"username\" required autofocus></label>\n")
        .append("<label>")
        .append(view.t("login.password"))
        .append(" <input name=\"password\" type=\"password\" autocomplete=\"current-password\"")
        .append(" required></label>\n<button type=\"submit\">")
        .append(view.t("login.submit"))
        .append("</button>\n</form>\n");
    return view.page(view.text().get("login.title"), "", main.toString(), false);
  }
}
