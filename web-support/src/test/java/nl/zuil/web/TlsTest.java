package nl.zuil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a client can negotiate, seen by a real handshake with a socket that offers only one protocol
 * or one cipher: TLS 1.3 and 1.2 with strong ciphers, nothing weaker.
 */
class TlsTest {

  @TempDir static Path dir;
  static HttpsServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new HttpsServer(dir, routes -> routes.get("/", c -> c.result("ok")));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static SSLSession handshake(String[] protocols, String[] ciphers) throws Exception {
    try (SSLSocket socket =
        (SSLSocket) server.tls.getSocketFactory().createSocket("127.0.0.1", server.port())) {
      socket.setEnabledProtocols(protocols);
      if (ciphers != null) {
        socket.setEnabledCipherSuites(ciphers);
      }
      socket.startHandshake();
      return socket.getSession();
    }
  }

  @Test
  void aClientThatSpeaksOnlyTls13GetsTls13() throws Exception {
    SSLSession session = handshake(new String[] {"TLSv1.3"}, null);

    assertThat(session.getProtocol()).isEqualTo("TLSv1.3");
    assertThat(session.getCipherSuite()).isIn((Object[]) Https.CIPHERS);
  }

  @Test
  void aClientThatSpeaksOnlyTls12GetsTls12WithAForwardSecretAeadCipher() throws Exception {
    SSLSession session = handshake(new String[] {"TLSv1.2"}, null);

    assertThat(session.getProtocol()).isEqualTo("TLSv1.2");
    assertThat(session.getCipherSuite())
        .startsWith("TLS_ECDHE_")
        .containsAnyOf("_GCM_", "CHACHA20");
  }

  @Test
  void aClientOfferingOnlyWeakTls12CiphersIsRefused() {
    // Java's defaults would accept both: CBC with an HMAC, and RSA key exchange without forward
    // secrecy.
    for (String weak :
        new String[] {
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA"
        }) {
      assertThatThrownBy(() -> handshake(new String[] {"TLSv1.2"}, new String[] {weak}))
          .as(weak)
          .isInstanceOf(SSLHandshakeException.class);
    }
  }
}
