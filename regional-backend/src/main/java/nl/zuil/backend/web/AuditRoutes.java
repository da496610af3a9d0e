package nl.zuil.backend.web;

import static nl.zuil.backend.web.StaffRequests.html;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.web.StaffRequests.StaffRequest;

/**
 * The audit log of staff actions, for IT beheer of the reader's own region only (decision 0211).
 */
final class AuditRoutes {

  private final Backend backend;
  private final StaffRequests requests;

  AuditRoutes(Backend backend, StaffRequests requests) {
    this.backend = backend;
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/audit", this::audit);
  }

  private void audit(Context ctx) {
    StaffRequest request = requests.page(ctx);
    if (!request.user().role().readsAudit()) {
      throw PageException.forbidden();
    }
    html(
        ctx,
        200,
        AuditPage.render(
            request.view(),
            backend.audit().recent(request.user().regionCode()),
            backend.audit().retention()));
  }
}
