package nl.zuil.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * HTTPS from a PKCS12 keystore on one address, as Jetty 12 does it: a connector with TLS in front
 * of HTTP/1.1, and no plain-HTTP connector at all (Javalin adds its own only when none was given).
 * TLS 1.3 and 1.2 only, with forward-secret AEAD ciphers only (decision 0212).
 */
public final class Https {

  static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

  /**
   * TLS 1.3's three, and for TLS 1.2 ECDHE with AES-GCM or ChaCha20-Poly1305 for EC and RSA keys
   * (Mozilla's "intermediate" list without finite-field DHE): no CBC, no static RSA, no SHA-1 MAC.
   * Every client of ours (OkHttp in the agent, Java's HttpClient in provisioning, browsers, curl)
   * speaks these.
   */
  static final String[] CIPHERS = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
  };

  private Https() {}

  /**
   * Makes {@code config} listen with HTTPS only.
   *
   * @param port 0 picks a free port
   */
  public static void listen(JavalinConfig config, String host, int port, Keystore keystore) {
    config.jetty.addConnector(
        (server, httpConfig) -> {
          SslContextFactory.Server tls = new SslContextFactory.Server();
          tls.setKeyStoreType("PKCS12");
          tls.setKeyStorePath(keystore.file().toString());
          tls.setKeyStorePassword(keystore.password());
          tls.setIncludeProtocols(PROTOCOLS);
          tls.setIncludeCipherSuites(CIPHERS);
          // Kiosks and gidsen reach a server by its IP address and check its certificate by
          // fingerprint or pin, not by name: no SNI to insist on.
          tls.setSniRequired(false);
          HttpConfiguration https = new HttpConfiguration(httpConfig);
          SecureRequestCustomizer secure = new SecureRequestCustomizer();
          secure.setSniHostCheck(false);
          https.addCustomizer(secure);
          ServerConnector connector =
              new ServerConnector(
                  server,
                  new SslConnectionFactory(tls, "http/1.1"),
                  new HttpConnectionFactory(https));
          connector.setHost(host);
          connector.setPort(port);
          return connector;
        });
  }

  /** Plain HTTP: only for a local demo, which the caller must say out loud. */
  public static void listenPlain(JavalinConfig config, String host, int port) {
    config.jetty.host = host;
    config.jetty.port = port;
  }

  /** The port a started server listens on (the free one picked for port 0). */
  public static int port(Javalin app) {
    for (Connector connector : app.jettyServer().server().getConnectors()) {
      if (connector instanceof ServerConnector serverConnector) {
        return serverConnector.getLocalPort();
      }
    }
    throw new IllegalStateException("the server has no network connector");
  }
}
