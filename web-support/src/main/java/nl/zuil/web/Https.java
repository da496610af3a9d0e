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
 */
public final class Https {

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
