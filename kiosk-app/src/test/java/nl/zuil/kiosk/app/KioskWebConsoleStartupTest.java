package nl.zuil.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.HexFormat;
import nl.zuil.kiosk.testing.RecordingPrinter;
import nl.zuil.kiosk.testing.TestConfigs;
import nl.zuil.kiosk.testing.WebClient;
import nl.zuil.kiosk.web.ConsoleCertificate;
import nl.zuil.kiosk.web.ConsoleServer;
import nl.zuil.ledger.ticket.TicketRequest;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk process starting its web console from the config, as an installer sets it up. */
class KioskWebConsoleStartupTest {

  @TempDir Path dir;
  final TestClock clock = TestClock.at("2026-11-23T08:00");

  private KioskRuntime start(String json) throws StartupException {
    return KioskRuntime.start(TestConfigs.write(dir, json), clock, p -> new RecordingPrinter());
  }

  @Test
  void servesTheConsoleAndTheStaffMenuShowsItsAddressAndCertificateCheckCode() throws Exception {
    TestCertificate certificate = TestConfigs.writeKeystore(dir);
    int port = TestConfigs.freePort();
    KioskRuntime runtime = start(TestConfigs.withConsole(TestConfigs.landscapeJson(), port));
    try {
      ConsoleServer web = runtime.web().orElseThrow();
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(certificate.keystore())) {
        store.load(in, certificate.password().toCharArray());
      }
      String keytoolFingerprint =
          HexFormat.ofDelimiter(":")
              .withUpperCase()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(store.getCertificate("server").getEncoded()));

      assertThat(runtime.webConsoleLines())
          .containsExactly(
              "Gidsconsole in de browser: https://127.0.0.1:" + port + "/",
              "Controlecode certificaat (SHA-256): " + keytoolFingerprint);
      assertThat(
              new WebClient(
                      web.url().replaceAll("/$", ""),
                      ConsoleCertificate.open(
                          dir.resolve("kiosk.p12"), dir.resolve("keystore-password")))
                  .login(TestConfigs.GIDS_PIN)
                  .statusCode())
          .isEqualTo(303);
    } finally {
      runtime.close();
    }
  }

  @Test
  void aKeystoreItCannotOpenIsAConfigErrorNamingTheField() throws Exception {
    TestConfigs.writeKeystore(dir);
    Files.writeString(dir.resolve("keystore-password"), "not-the-password");

    assertThatThrownBy(
            () ->
                start(TestConfigs.withConsole(TestConfigs.landscapeJson(), TestConfigs.freePort())))
        .isInstanceOfSatisfying(
            StartupException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(StartupException.BAD_CONFIG);
              assertThat(e.getMessage()).startsWith("console.keystorePath: ").contains("kiosk.p12");
            });
  }

  @Test
  void aPortAlreadyTakenLeavesTheKioskRunningAndTheStaffMenuSaysSo() throws Exception {
    TestConfigs.writeKeystore(dir);
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      KioskRuntime runtime =
          start(TestConfigs.withConsole(TestConfigs.landscapeJson(), taken.getLocalPort()));
      try {
        assertThat(runtime.web()).isEmpty();
        assertThat(runtime.webConsoleLines())
            .containsExactly("Gidsconsole in de browser: kon niet starten (zie het logboek)");
        assertThat(
                runtime
                    .office()
                    .issue(TicketRequest.of("find_work", "nl"))
                    .join()
                    .ticket()
                    .number())
            .as("visitors still get tickets")
            .isEqualTo("W-001");
      } finally {
        runtime.close();
      }
    }
  }

  @Test
  void withoutAConsoleSectionTheStaffMenuSaysItIsNotSetUp() throws Exception {
    KioskRuntime runtime = start(TestConfigs.landscapeJson());
    try {
      assertThat(runtime.web()).isEmpty();
      assertThat(runtime.webConsoleLines())
          .containsExactly("Gidsconsole in de browser: niet ingesteld");
    } finally {
      runtime.close();
    }
  }
}
