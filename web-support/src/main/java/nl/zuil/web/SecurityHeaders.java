package nl.zuil.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.internal.ResponseHttpFields;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every answer of ours carries: a content security policy that forbids framing, no
 * sniffing, a referrer policy, no caching, and over HTTPS Strict-Transport-Security.
 *
 * <p>{@link #onEveryAnswer} puts them on in Jetty, before any route runs, as headers a reset of the
 * response keeps; Jetty's own error answers (a request line or header too large) get them from the
 * server's error handler. So 404s, exceptions, refusals and the API carry them as much as pages do,
 * and a route that forgets them cannot drop them. A page that needs a different policy (the staff
 * pages load their own scripts) replaces it with this record as a before-handler.
 *
 * @param contentSecurityPolicy must contain {@code frame-ancestors}
 * @param referrerPolicy e.g. {@code same-origin} or {@code no-referrer}
 */
public record SecurityHeaders(String contentSecurityPolicy, String referrerPolicy)
    implements Handler {

  /**
   * A year: long enough that a browser that once reached a server by name never tries it over plain
   * HTTP, as browsers and the HSTS preload rules expect. (Browsers keep no HSTS for a server
   * reached by IP address, as the kiosk's console is; it costs nothing there.)
   */
  public static final Duration STRICT_TRANSPORT = Duration.ofDays(365);

  /** For answers that are data, never a page: JSON, event streams, errors. */
  public static final String NOTHING = "default-src 'none'; frame-ancestors 'none'";

  private static final HttpField HSTS =
      persistent("Strict-Transport-Security", "max-age=" + STRICT_TRANSPORT.toSeconds());

  public SecurityHeaders {
    if (!contentSecurityPolicy.contains("frame-ancestors")) {
      throw new IllegalArgumentException("a policy without frame-ancestors lets others frame us");
    }
  }

  /** On one route or a group of routes: replaces the policy the server put on every answer. */
  @Override
  public void handle(Context ctx) {
    ctx.header("Content-Security-Policy", contentSecurityPolicy);
    ctx.header("Referrer-Policy", referrerPolicy);
  }

  /** Every answer of the server {@code config} makes carries these headers. */
  public void onEveryAnswer(JavalinConfig config) {
    config.jetty.modifyHttpConfiguration(
        http ->
            http.addCustomizer(
                (request, headers) -> {
                  putOn(request, headers);
                  return request;
                }));
    config.jetty.modifyServer(
        server ->
            server.setErrorHandler(
                new ErrorHandler() {
                  @Override
                  public boolean handle(Request request, Response response, Callback callback)
                      throws Exception {
                    putOn(request, response.getHeaders());
                    return super.handle(request, response, callback);
                  }
                }));
  }

  private void putOn(Request request, HttpFields.Mutable headers) {
    headers.put(persistent("Content-Security-Policy", contentSecurityPolicy));
    headers.put(persistent("X-Content-Type-Options", "nosniff"));
    headers.put(persistent("X-Frame-Options", "DENY"));
    headers.put(persistent("Referrer-Policy", referrerPolicy));
    headers.put(persistent("Cache-Control", "no-store"));
    if (request.getConnectionMetaData().isSecure()) {
      headers.put(HSTS);
    }
  }

  /** A header that a reset of the response (Javalin's error handling does one) leaves in place. */
  private static HttpField persistent(String name, String value) {
    return new ResponseHttpFields.PersistentHttpField(new HttpField(name, value));
  }
}
