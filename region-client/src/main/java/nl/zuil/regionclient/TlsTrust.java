package nl.zuil.regionclient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import nl.zuil.kioskfiles.agent.Trust;
import okhttp3.OkHttpClient;

/**
 * Makes an HTTP client trust exactly the backend the agent settings name: the agent and the
 * provisioning tool talk to the same backend with the same trust.
 */
public final class TlsTrust {

  private TlsTrust() {}

  public static void apply(OkHttpClient.Builder client, Trust trust) throws IOException {
    try {
      if (trust.pinnedPublicKey().isPresent()) {
        X509TrustManager pinned = new PinnedKeyTrustManager(trust.pinnedPublicKey().get());
        client.sslSocketFactory(context(pinned).getSocketFactory(), pinned);
        // The pinned key is the backend's identity; its certificate may name no host at all.
        client.hostnameVerifier((host, session) -> true);
      } else if (trust.caFile().isPresent()) {
        KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
        anchors.load(null, null);
        try (InputStream in = Files.newInputStream(trust.caFile().get())) {
          int i = 0;
          for (Certificate ca : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
            anchors.setCertificateEntry("ca-" + i++, ca);
          }
          if (i == 0) {
            throw new IOException("no certificate in " + trust.caFile().get());
          }
        }
        TrustManagerFactory factory =
            TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(anchors);
        X509TrustManager manager = (X509TrustManager) factory.getTrustManagers()[0];
        client.sslSocketFactory(context(manager).getSocketFactory(), manager);
      }
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot set up TLS trust: " + e.getMessage(), e);
    }
  }

  private static SSLContext context(X509TrustManager manager) throws GeneralSecurityException {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {manager}, null);
    return context;
  }

  static String pinOf(Certificate certificate) throws CertificateException {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded());
      return "sha256/" + Base64.getEncoder().encodeToString(hash);
    } catch (GeneralSecurityException e) {
      throw new CertificateException("cannot hash the server key", e);
    }
  }

  /** Accepts a server only when its certificate carries the pinned public key. */
  private static final class PinnedKeyTrustManager implements X509TrustManager {
    private final String pin;

    PinnedKeyTrustManager(String pin) {
      this.pin = pin;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      if (chain == null || chain.length == 0) {
        throw new CertificateException("the server sent no certificate");
      }
      String presented = pinOf(chain[0]);
      if (!MessageDigest.isEqual(presented.getBytes(), pin.getBytes())) {
        throw new CertificateException(
            "the server's key " + presented + " is not the pinned key " + pin);
      }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("the agent is a client only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
