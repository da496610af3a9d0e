package nl.zuil.regionclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.Optional;
import javax.net.ssl.SSLException;
import nl.zuil.kioskfiles.agent.Trust;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.web.Https;
import nl.zuil.web.Keystore;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent's trust against a real HTTPS server on loopback: the right backend only. */
class TlsTrustTest {

  @TempDir Path dir;
  TestCertificate backend;
  Javalin server;

  @BeforeEach
  void startBackend() {
    backend = TestCertificate.create(dir, "backend");
    server =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.startup.showOldJavalinVersionWarning = false;
                  Https.listen(
                      config, "127.0.0.1", 0, new Keystore(backend.keystore(), backend.password()));
                  config.routes.get("/", ctx -> ctx.result("backend"));
                })
            .start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void aPinnedKeyReachesTheBackendThatHoldsIt() throws Exception {
    assertThat(get(new Trust(Optional.of(backend.pin()), Optional.empty()))).isEqualTo("backend");
  }

  @Test
  void anotherKeyThanThePinnedOneIsRefused() throws Exception {
    TestCertificate other = TestCertificate.create(dir, "other");

    assertThatThrownBy(() -> get(new Trust(Optional.of(other.pin()), Optional.empty())))
        .isInstanceOf(SSLException.class)
        .hasStackTraceContaining("is not the pinned key " + other.pin());
  }

  @Test
  void aCaFileTrustsTheCertificatesItHolds() throws Exception {
    assertThat(get(new Trust(Optional.empty(), Optional.of(backend.certificatePem()))))
        .isEqualTo("backend");
  }

  @Test
  void aCaFileOfAnotherAuthorityIsRefused() throws Exception {
    TestCertificate other = TestCertificate.create(dir, "other");

    assertThatThrownBy(() -> get(new Trust(Optional.empty(), Optional.of(other.certificatePem()))))
        .isInstanceOf(SSLException.class);
  }

  private String get(Trust trust) throws Exception {
    OkHttpClient.Builder builder = new OkHttpClient.Builder();
    TlsTrust.apply(builder, trust);
    int port = Https.port(server);
    try (Response answer =
        builder
            .build()
            .newCall(new Request.Builder().url("https://127.0.0.1:" + port + "/").build())
            .execute()) {
      return answer.body().string();
    }
  }
}
