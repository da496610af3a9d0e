package nl.zuil.backend.http;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/** An HTTP client that trusts exactly the test backend's certificate, as a pinned kiosk does. */
final class TrustingHttp {

  private TrustingHttp() {}

  static OkHttpClient client(Path pem) throws Exception {
    KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
    anchors.load(null, null);
    try (InputStream in = Files.newInputStream(pem)) {
      anchors.setCertificateEntry(
          "backend", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(anchors);
    X509TrustManager trust = (X509TrustManager) factory.getTrustManagers()[0];
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trust}, null);
    return new OkHttpClient.Builder().sslSocketFactory(context.getSocketFactory(), trust).build();
  }
}
