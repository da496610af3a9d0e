package nl.zuil.backend.web;

import java.time.Duration;
import java.util.List;
import nl.zuil.backend.signin.SignInSettings;
import nl.zuil.backend.stats.Suppression;

/**
 * Settings of the staff pages.
 *
 * @param suppressionThreshold counts below this read "&lt; 5" (decision 0702)
 * @param silentAfter a kiosk whose last report is older stands out on the fleet page
 * @param sessionIdle a session ends after this long without a request
 * @param secureCookies whether cookies carry the Secure flag; false only when serving plain HTTP
 *     for a local demo
 * @param trustedProxies addresses of reverse proxies whose X-Forwarded-For is believed (decision
 *     0210)
 * @param signIn the identity provider and second factor, if any (decision 0215)
 */
public record WebSettings(
    int suppressionThreshold,
    Duration silentAfter,
    Duration sessionIdle,
    boolean secureCookies,
    List<String> trustedProxies,
    SignInSettings signIn) {

  public WebSettings {
    trustedProxies = List.copyOf(trustedProxies);
  }

  /** Password sign-in only, with no reverse proxy before the backend. */
  public WebSettings(
      int suppressionThreshold, Duration silentAfter, Duration sessionIdle, boolean secureCookies) {
    this(
        suppressionThreshold,
        silentAfter,
        sessionIdle,
        secureCookies,
        List.of(),
        SignInSettings.passwordOnly());
  }

  public static final Duration DEFAULT_SILENT_AFTER = Duration.ofHours(2);
  public static final Duration DEFAULT_SESSION_IDLE = Duration.ofMinutes(30);

  /** Whatever the idle time, a session ends this long after login. */
  public static final Duration SESSION_MAXIMUM = Duration.ofHours(10);

  public static WebSettings defaults(boolean secureCookies) {
    return new WebSettings(
        Suppression.DEFAULT_THRESHOLD, DEFAULT_SILENT_AFTER, DEFAULT_SESSION_IDLE, secureCookies);
  }
}
