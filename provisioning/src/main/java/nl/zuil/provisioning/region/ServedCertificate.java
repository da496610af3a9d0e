package nl.zuil.provisioning.region;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Reads the certificate a backend presents, for its expiry date only. OkHttp hands out a
 * connection's certificates only after cleaning the chain against the trust manager's issuers, and
 * the agent's pinned-key trust has none; so this makes one handshake of its own, sends nothing, and
 * closes. Whether the backend is trusted is decided elsewhere, by the agent's own trust.
 */
final class ServedCertificate {

  private static final int TIMEOUT_MS = 10_000;

  private ServedCertificate() {}

  static Optional<X509Certificate> of(URI backend) {
    if (!"https".equals(backend.getScheme())) {
      return Optional.empty();
    }
    int port = backend.getPort() < 0 ? 443 : backend.getPort();
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new Recorder()}, null);
      try (Socket plain = new Socket()) {
        plain.connect(new InetSocketAddress(backend.getHost(), port), TIMEOUT_MS);
        plain.setSoTimeout(TIMEOUT_MS);
        // Layered with the host name, so the handshake names it (SNI) as OkHttp's does.
        SSLSocket socket =
            (SSLSocket)
                context.getSocketFactory().createSocket(plain, backend.getHost(), port, false);
        socket.startHandshake();
        Certificate[] chain = socket.getSession().getPeerCertificates();
        return chain.length > 0 && chain[0] instanceof X509Certificate x509
            ? Optional.of(x509)
            : Optional.empty();
      }
    } catch (IOException | GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  /** Lets the handshake finish so the chain can be read; nothing is sent over this socket. */
  private static final class Recorder implements X509TrustManager {
    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      // Only the dates are read; trust is the agent's pinned key's business.
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
      // This side is never a server.
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
