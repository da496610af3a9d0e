package nl.zuil.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;

/**
 * Our cookies, set through Javalin: always Path=/ and SameSite=Strict, Secure whenever the server
 * speaks HTTPS, HttpOnly unless a page's script must read it.
 *
 * @param secure false only for a local demo over plain HTTP
 */
public record Cookies(boolean secure) {

  /** Javalin's "no Max-Age": the cookie ends with the browser session. */
  private static final int BROWSER_SESSION = -1;

  /** A cookie scripts cannot read that ends when the browser closes: a session id. */
  public void session(Context ctx, String name, String value) {
    set(ctx, name, value, BROWSER_SESSION, true);
  }

  /** A cookie scripts cannot read that lasts {@code maxAge}: a login form's token. */
  public void lasting(Context ctx, String name, String value, Duration maxAge) {
    set(ctx, name, value, (int) maxAge.toSeconds(), true);
  }

  /**
   * A cookie scripts cannot read that must come back when another site sends the browser here: an
   * identity provider's redirect after sign-in is a cross-site navigation, on which browsers drop
   * SameSite=Strict cookies. Lax still keeps it off cross-site posts and sub-requests.
   */
  public void returning(Context ctx, String name, String value, Duration maxAge) {
    ctx.cookie(
        new Cookie(name, value, "/", (int) maxAge.toSeconds(), secure, true, null, SameSite.LAX));
  }

  /** A harmless preference (a language) that lasts {@code maxAge}. */
  public void preference(Context ctx, String name, String value, Duration maxAge) {
    set(ctx, name, value, (int) maxAge.toSeconds(), false);
  }

  /** Tells the browser to forget a cookie now. */
  public void clear(Context ctx, String name) {
    set(ctx, name, "", 0, true);
  }

  private void set(Context ctx, String name, String value, int maxAge, boolean httpOnly) {
    ctx.cookie(new Cookie(name, value, "/", maxAge, secure, httpOnly, null, SameSite.STRICT));
  }
}
