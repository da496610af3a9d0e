package nl.zuil.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * The headers every page of ours carries: its content security policy, no framing, no sniffing, a
 * referrer policy, and no caching of pages that show who is logged in. One before-handler.
 *
 * @param contentSecurityPolicy the page's own policy: the console allows less than the dashboard
 * @param referrerPolicy e.g. {@code same-origin} or {@code no-referrer}
 */
public record SecurityHeaders(String contentSecurityPolicy, String referrerPolicy)
    implements Handler {

  @Override
  public void handle(Context ctx) {
    ctx.header("Content-Security-Policy", contentSecurityPolicy);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", referrerPolicy);
    ctx.header("Cache-Control", "no-store");
  }
}
