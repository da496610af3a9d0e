package nl.zuil.backend.web;

import static nl.zuil.backend.web.StaffRequests.html;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The accessibility statement of the staff pages, open without logging in, as Dutch public bodies
 * publish one for every site (issue 20): what is checked, how, and what is known not to meet WCAG
 * 2.1 AA yet.
 */
final class AccessibilityRoutes {

  private final StaffRequests requests;

  AccessibilityRoutes(StaffRequests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/toegankelijkheid", this::statement);
  }

  private void statement(Context ctx) {
    html(ctx, 200, Templates.render("accessibility.jte", requests.request(ctx).view()));
  }
}
