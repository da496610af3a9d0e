package nl.zuil.backend.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.access.ProviderAccounts;
import nl.zuil.backend.access.Role;
import nl.zuil.backend.access.StaffSession;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;

/**
 * What every page shares: the language, who is logged in, and what the frame around the content
 * shows (menu, language switch, logout). The frame itself is the {@code layout.jte} template.
 *
 * @param query the request's query string without {@code lang}, to keep filters when switching
 *     language
 */
record View(
    Messages text, Optional<StaffSession> session, String regionName, String path, String query) {

  /** A link in the menu or the language switch; {@code current} marks the page or language. */
  record Link(String href, String text, boolean current, String language) {}

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

  /** A text in the page's language, unescaped: the template escapes it where it goes. */
  String t(String key, Object... arguments) {
    return text.get(key, arguments);
  }

  /** The pages this reader may open, {@code nav} marked as the one shown. */
  List<Link> menu(String nav) {
    Role role = session.orElseThrow().user().role();
    List<Link> links = new ArrayList<>();
    if (role.seesStatistics()) {
      links.add(link("/dashboard", "nav.dashboard", nav));
    }
    if (role.publishesCatalogue()) {
      links.add(link("/catalogue", "nav.catalogue", nav));
    }
    links.add(link("/fleet", "nav.fleet", nav));
    if (role.enrolsKiosks()) {
      links.add(link("/enrolment", "nav.enrolment", nav));
    }
    if (role.readsAudit()) {
      links.add(link("/audit", "nav.audit", nav));
    }
    return links;
  }

  private Link link(String href, String key, String nav) {
    return new Link(href, t(key), href.equals(nav), null);
  }

  /** This page in each language, keeping its filters. */
  List<Link> languages() {
    return List.of(Language.values()).stream()
        .map(
            other ->
                new Link(
                    path + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + other.code(),
                    other.ownName(),
                    other == language(),
                    other.code()))
        .toList();
  }

  /** Who is logged in, as the frame shows it: name and role. */
  String who() {
    StaffUser user = session.orElseThrow().user();
    return user.username() + " · " + role(user);
  }

  /** Signed in with a password, so two-step sign-in can be set up from the account page. */
  boolean passwordAccount() {
    return !ProviderAccounts.isProviderAccount(session.orElseThrow().user().username());
  }

  String role(StaffUser user) {
    return user.role() == Role.MUNICIPALITY
        ? t("role.municipality", user.municipality().orElse(""))
        : t("role." + user.role().code());
  }

  /** The token every state-changing form carries; empty when not logged in. */
  Optional<String> csrfToken() {
    return session.map(StaffSession::csrfToken);
  }
}
