package nl.zuil.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.zuil.testsupport.TestCertificate;

/** A real Javalin over HTTPS on a free loopback port, and a client that trusts only its key. */
final class HttpsServer implements AutoCloseable {

  static final int MAX_REQUEST_BYTES = 64 * 1024;

  final Javalin app;
  final HttpClient client;

  /** Trusts the server's certificate only, for clients other than {@link #client}. */
  final SSLContext tls;

  HttpsServer(Path dir, Consumer<RoutesConfig> routes) throws Exception {
    this(dir, config -> {}, routes);
  }

  /** With {@code setUp} changing the server's configuration before the routes are added. */
  HttpsServer(Path dir, Consumer<JavalinConfig> setUp, Consumer<RoutesConfig> routes)
      throws Exception {
    TestCertificate certificate = TestCertificate.create(dir, "web-support");
    app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.startup.showOldJavalinVersionWarning = false;
                  Https.listen(
                      config,
                      "127.0.0.1",
                      0,
                      new Keystore(certificate.keystore(), certificate.password()));
                  config.http.maxRequestSize = MAX_REQUEST_BYTES;
                  setUp.accept(config);
                  routes.accept(config.routes);
                })
            .start();
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(certificate.keystore())) {
      trusted.load(in, certificate.password().toCharArray());
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    client = HttpClient.newBuilder().sslContext(tls).build();
  }

  String url(String path) {
    return "https://127.0.0.1:" + Https.port(app) + path;
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  int port() {
    return Https.port(app);
  }

  @Override
  public void close() {
    app.stop();
  }
}
