package nl.zuil.backend.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zuil.backend.TwoRegions;
import nl.zuil.backend.access.Role;
import nl.zuil.backend.signin.SignInSettings;
import nl.zuil.backend.signin.oidc.OidcSettings;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * A real OpenID Connect provider on loopback (NAV's mock-oauth2-server: discovery, JWKS, RS256
 * tokens, authorization code flow), and the backend settings that point at it.
 */
final class TestProvider implements AutoCloseable {

  static final String ISSUER_ID = "werkcentrum";
  static final String CLIENT_ID = "zuil-backend";
  static final String STAFF_GROUP = "zuil-regio";
  static final String MUNICIPALITY_GROUP = "zuil-gemeente";
  static final String IT_GROUP = "zuil-it";

  private final MockOAuth2Server server;

  private TestProvider(MockOAuth2Server server) {
    this.server = server;
  }

  /**
   * @param interactive whether the provider shows its login page (a browser test) or signs in
   *     whoever the next enqueued callback names
   */
  static TestProvider start(boolean interactive) {
    MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(interactive));
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
    return new TestProvider(server);
  }

  MockOAuth2Server server() {
    return server;
  }

  URI issuer() {
    return server.issuerUrl(ISSUER_ID).uri();
  }

  /** Settings for a backend on {@code port}: groups claim, three groups, Enschede by claim. */
  WebSettings web(int port) {
    OidcSettings oidc =
        new OidcSettings(
            issuer(),
            CLIENT_ID,
            "client-secret",
            URI.create("https://127.0.0.1:" + port + "/login/oidc/callback"),
            TwoRegions.A,
            "groups",
            Map.of(
                Role.REGION_STAFF,
                STAFF_GROUP,
                Role.MUNICIPALITY,
                MUNICIPALITY_GROUP,
                Role.IT,
                IT_GROUP),
            Optional.of("municipality"),
            "preferred_username");
    return new WebSettings(
        5,
        WebSettings.DEFAULT_SILENT_AFTER,
        Duration.ofMinutes(30),
        true,
        List.of(),
        new SignInSettings(Optional.of(oidc), Optional.empty(), false));
  }

  @Override
  public void close() {
    server.shutdown();
  }
}
