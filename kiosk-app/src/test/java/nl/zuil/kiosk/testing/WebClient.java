package nl.zuil.kiosk.testing;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.zuil.kiosk.web.ConsoleCertificate;

/**
 * A browser without a screen, for the requests a page would never send by itself: a missing token,
 * a replay, another site's origin. Trusts exactly the console's certificate, keeps cookies.
 */
public final class WebClient {

  private static final Pattern CSRF =
      Pattern.compile("name=\"csrf(?:-token)?\" (?:value|content)=\"([^\"]+)\"");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final HttpClient bare;
  private String csrf;

  public WebClient(String base, ConsoleCertificate certificate) throws Exception {
    this.base = base;
    SSLContext tls = trusting(certificate);
    http =
        HttpClient.newBuilder()
            .sslContext(tls)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    bare = HttpClient.newBuilder().sslContext(tls).build();
  }

  /** TLS that trusts exactly the console's certificate. */
  public static SSLContext trusting(ConsoleCertificate certificate) throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(certificate.keystore())) {
      trusted.load(in, certificate.password().toCharArray());
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    return tls;
  }

  /**
   * Sends a request recorded earlier once more, word for word: the same session cookie, token and
   * action id, as an attacker who captured it would.
   */
  public HttpResponse<String> replay(
      String path, String json, String sessionId, String token, String actionId) throws Exception {
    return bare.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .header("Cookie", "zuil-console=" + sessionId)
            .header("X-CSRF-Token", token)
            .header("X-Action-Id", actionId)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher token = CSRF.matcher(response.body());
    if (token.find()) {
      csrf = token.group(1);
    }
    return response;
  }

  /** Opens an event stream as a page's EventSource does; the caller closes its body. */
  public HttpResponse<InputStream> stream(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "text/event-stream")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofInputStream());
  }

  /** Opens the login page and sends the PIN with the page's token, at Balie 1. */
  public HttpResponse<String> login(String pin) throws Exception {
    return login(pin, "balie-1");
  }

  public HttpResponse<String> login(String pin, String desk) throws Exception {
    get("/login");
    return postForm(
        "/login",
        "csrf="
            + csrf
            + "&desk="
            + desk
            + "&pin="
            + URLEncoder.encode(pin, StandardCharsets.UTF_8));
  }

  /** Logs in and opens the console page, which carries the session's CSRF token. */
  public WebClient loggedIn(String pin) throws Exception {
    HttpResponse<String> login = login(pin);
    if (login.statusCode() != 303) {
      throw new AssertionError("login failed: " + login.statusCode() + " " + login.body());
    }
    get("/console");
    return this;
  }

  public HttpResponse<String> postForm(String path, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A console action as the page sends it: this session's token and a fresh action id. */
  public HttpResponse<String> act(String path, String json) throws Exception {
    return act(path, json, csrf, newActionId(), null);
  }

  public HttpResponse<String> act(
      String path, String json, String token, String actionId, String origin) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("X-CSRF-Token", token);
    }
    if (actionId != null) {
      request.header("X-Action-Id", actionId);
    }
    if (origin != null) {
      request.header("Origin", origin);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public static String newActionId() {
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    return HexFormat.of().formatHex(id);
  }

  /** The token of the page last loaded. */
  public String csrf() {
    return csrf;
  }

  public Optional<HttpCookie> sessionCookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("zuil-console"))
        .findFirst();
  }
}
