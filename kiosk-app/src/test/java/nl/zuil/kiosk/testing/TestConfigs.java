package nl.zuil.kiosk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.zuil.hardware.profile.KioskProfiles;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigException;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigFile;
import nl.zuil.kioskfiles.kioskconfig.PinHash;
import nl.zuil.testsupport.TestCertificate;

/** Kiosk config files for tests: a 21.5" screen either way up, and staff PIN 4321. */
public final class TestConfigs {

  public static final String PIN = "4321";

  /** Hashed once per test run: the minimum iterations still take a noticeable moment. */
  public static final String PIN_HASH =
      PinHash.create(PIN.toCharArray(), PinHash.MIN_ITERATIONS).encoded();

  /** The gids PIN of the test location's web console. */
  public static final String GIDS_PIN = "2468";

  public static final String GIDS_PIN_HASH =
      PinHash.create(GIDS_PIN.toCharArray(), PinHash.MIN_ITERATIONS).encoded();

  private TestConfigs() {}

  public static String landscapeJson() {
    return json("landscape", 1920, 1080, 476, 268);
  }

  public static String portraitJson() {
    return json("portrait", 1080, 1920, 268, 476);
  }

  public static String json(
      String orientation, int widthPx, int heightPx, int widthMm, int heightMm) {
    return """
        {
          "location": { "code": "hengelo-bibliotheek", "name": "Bibliotheek Hengelo" },
          "kioskCode": "zuil-1",
          "desk": { "code": "balie-1", "name": "Balie 1" },
          "ledgerPath": "ledger.db",
          "printer": { "profile": "virtual" },
          "screen": { "orientation": "%s", "widthPx": %d, "heightPx": %d, "widthMm": %d, "heightMm": %d },
          "idle": { "ticketSeconds": 30, "otherSeconds": 60, "countdownSeconds": 20 },
          "staffPinHash": "%s"
        }
        """
        .formatted(orientation, widthPx, heightPx, widthMm, heightMm, PIN_HASH);
  }

  /**
   * {@code json} with a web console on 127.0.0.1 whose keystore is {@code kiosk.p12} and password
   * file {@code keystore-password} in the config's folder; see {@link #writeKeystore}.
   */
  public static String withConsole(String json, int port) {
    String console =
        """
          "console": {
            "bindAddress": "127.0.0.1",
            "port": %d,
            "keystorePath": "kiosk.p12",
            "keystorePasswordFile": "keystore-password",
            "gidsPinHash": "%s"
          },
        """
            .formatted(port, GIDS_PIN_HASH);
    return json.replace("  \"staffPinHash\"", console + "  \"staffPinHash\"");
  }

  /** {@code json} with a web console whose gidsen choose between Balie 1 and Balie 2. */
  public static String withTwoDesks(String json, int port) {
    return withConsole(json, port)
        .replace(
            "\"console\": {",
            "\"console\": { \"desks\": [ { \"code\": \"balie-1\", \"name\": \"Balie 1\" },"
                + " { \"code\": \"balie-2\", \"name\": \"Balie 2\" } ],");
  }

  /** The keystore and password file {@link #withConsole} names, made with keytool. */
  public static TestCertificate writeKeystore(Path dir) {
    TestCertificate certificate = TestCertificate.create(dir, "kiosk");
    try {
      Files.writeString(dir.resolve("keystore-password"), certificate.password() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return certificate;
  }

  /** A port nobody listens on right now. */
  public static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path write(Path dir, String json) {
    try {
      return Files.writeString(dir.resolve("kiosk.json"), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static KioskConfig load(Path dir, String json) {
    try {
      return KioskConfigFile.load(write(dir, json), KioskProfiles.SCREENS);
    } catch (KioskConfigException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
