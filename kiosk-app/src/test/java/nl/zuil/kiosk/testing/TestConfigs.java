package nl.zuil.kiosk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.zuil.kiosk.config.KioskConfig;
import nl.zuil.kiosk.config.KioskConfigException;
import nl.zuil.kiosk.config.KioskConfigLoader;
import nl.zuil.kiosk.config.PinHash;

/** Kiosk config files for tests: a 21.5" screen either way up, and staff PIN 4321. */
public final class TestConfigs {

  public static final String PIN = "4321";

  /** Hashed once per test run: the minimum iterations still take a noticeable moment. */
  public static final String PIN_HASH =
      PinHash.create(PIN.toCharArray(), PinHash.MIN_ITERATIONS).encoded();

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

  public static Path write(Path dir, String json) {
    try {
      return Files.writeString(dir.resolve("kiosk.json"), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static KioskConfig load(Path dir, String json) {
    try {
      return KioskConfigLoader.load(write(dir, json));
    } catch (KioskConfigException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
