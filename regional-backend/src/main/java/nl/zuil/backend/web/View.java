package nl.zuil.backend.web;

import static nl.zuil.backend.web.Html.esc;

import java.util.Optional;
import nl.zuil.backend.access.Role;
import nl.zuil.backend.access.StaffSession;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;

/**
 * What every page shares: the language, who is logged in, and the frame around the content (header
 * with menu, language switch and logout, footer). Scripts are loaded only where charts are drawn.
 *
 * @param query the request's query string without {@code lang}, to keep filters when switching
 *     language
 */
record View(
    Messages text, Optional<StaffSession> session, String regionName, String path, String query) {

  /**
   * This view for a page sent in answer to a form: its language switch goes to {@code pagePath},
   * since the form's own path takes only POST.
   */
  View answeringAt(String pagePath) {
    return new View(text, session, regionName, pagePath, "");
  }

  Language language() {
    return text.language();
  }

  String t(String key, Object... arguments) {
    return esc(text.get(key, arguments));
  }

  String page(String title, String nav, String main, boolean charts) {
    StringBuilder html = new StringBuilder(8192);
    html.append("<!doctype html>\n<html lang=\"")
        .append(language().code())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(title))
        .append(" · ")
        .append(t("app.name"))
        .append("</title>\n<link rel=\"stylesheet\" href=\"/static/staff.css\">\n</head>\n<body>\n")
        .append("<a class=\"skip\" href=\"#main\">")
        .append(t("skip"))
        .append("</a>\n<header class=\"top\">\n<div class=\"brand\">")
        .append(t("app.name"));
    if (!regionName.isEmpty()) {
      html.append(" <span>").append(esc(regionName)).append("</span>");
    }
    html.append("</div>\n");
    session.ifPresent(s -> menu(html, s, nav));
    html.append(languages()).append("</header>\n<main id=\"main\">\n").append(main);
    html.append("</main>\n<footer>").append(t("footer")).append("</footer>\n");
    if (charts) {
      html.append("<script src=\"/static/chart.umd.min.js\"></script>\n");
    }
    html.append("<script src=\"/static/staff.js\"></script>\n</body>\n</html>\n");
    return html.toString();
  }

  private void menu(StringBuilder html, StaffSession session, String nav) {
    StaffUser user = session.user();
    html.append("<nav aria-label=\"").append(t("nav.label")).append("\">");
    if (user.role().seesStatistics()) {
      link(html, "/dashboard", "nav.dashboard", nav);
    }
    if (user.role().publishesCatalogue()) {
      link(html, "/catalogue", "nav.catalogue", nav);
    }
    link(html, "/fleet", "nav.fleet", nav);
    if (user.role().enrolsKiosks()) {
      link(html, "/enrolment", "nav.enrolment", nav);
    }
    html.append("</nav>\n<div class=\"who\"><span>")
        .append(esc(user.username()))
        .append(" · ")
        .append(role(user))
        .append("</span><form method=\"post\" action=\"/logout\">")
        .append(csrfField())
        .append("<button type=\"submit\">")
        .append(t("logout"))
        .append("</button></form></div>\n");
  }

  private void link(StringBuilder html, String href, String key, String nav) {
    html.append("<a href=\"").append(href).append('"');
    if (href.equals(nav)) {
      html.append(" aria-current=\"page\"");
    }
    html.append('>').append(t(key)).append("</a>");
  }

  String role(StaffUser user) {
    return user.role() == Role.MUNICIPALITY
        ? t("role.municipality", user.municipality().orElse(""))
        : t("role." + user.role().code());
  }

  /** The hidden field every state-changing form carries. */
  String csrfField() {
    return session
        .map(s -> "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(s.csrfToken()) + "\">")
        .orElse("");
  }

  private String languages() {
    StringBuilder html =
        new StringBuilder("<div class=\"lang\" role=\"group\" aria-label=\"")
            .append(t("language.label"))
            .append("\">");
    for (Language other : Language.values()) {
      String href = path + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + other.code();
      html.append("<a href=\"")
          .append(esc(href))
          .append("\" lang=\"")
          .append(other.code())
          .append('"');
      if (other == language()) {
        html.append(" aria-current=\"true\"");
      }
      html.append('>').append(esc(other.ownName())).append("</a>");
    }
    return html.append("</div>\n").toString();
  }
}
