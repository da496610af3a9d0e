package nl.zuil.kioskfiles.kioskconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.zuil.json.StrictJson;
import nl.zuil.kioskfiles.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk config as the provisioning tool writes it and the kiosk reads it. The hardware profiles
 * are hardware-profiles' business; here one stands in that knows a single profile.
 */
class KioskConfigFileTest {

  static final ScreenGeometry PORTRAIT =
      new ScreenGeometry(ScreenOrientation.PORTRAIT, 1080, 1920, 268, 476);

  static final ProfileScreens ONE_PROFILE =
      (profile, file) -> {
        if (!profile.equals("virtual")) {
          throw new IllegalArgumentException("no hardware profile '" + profile + "'");
        }
        return PORTRAIT;
      };

  @TempDir Path dir;

  @Test
  void readsTheFileAsInitHasAlwaysWrittenIt() throws Exception {
    Path etc = Files.createDirectories(dir.resolve("etc/zuil"));
    Files.createDirectories(dir.resolve("var/lib/zuil"));
    Files.createDirectories(etc.resolve("catalogue"));
    Files.writeString(etc.resolve("catalogue/catalogue.json"), "{}");
    Files.copy(Golden.path("kiosk.json"), etc.resolve("kiosk.json"));

    KioskConfig config = KioskConfigFile.load(etc.resolve("kiosk.json"), ONE_PROFILE);

    assertThat(config.locationCode()).isEqualTo("hengelo-bibliotheek");
    assertThat(config.desk()).isEqualTo(new KioskConfig.Desk("balie-1", "Balie 1"));
    assertThat(config.ledgerPath()).isEqualTo(dir.resolve("var/lib/zuil/ledger.db"));
    assertThat(config.printer())
        .isEqualTo(
            new KioskConfig.Printer("virtual", Optional.empty(), Optional.of("/dev/ttyUSB0")));
    assertThat(config.screen()).isEqualTo(PORTRAIT);
    assertThat(config.cataloguePath()).contains(etc.resolve("catalogue/catalogue.json"));
  }

  @Test
  void whatInitWritesIsWhatTheKioskHadBefore() {
    KioskConfigFile.Written written =
        new KioskConfigFile.Written(
            new KioskConfigFile.Named("hengelo-bibliotheek", "Bibliotheek Hengelo"),
            "zuil-1",
            new KioskConfigFile.Named("balie-1", "Balie 1"),
            "../../var/lib/zuil/ledger.db",
            90,
            "catalogue/catalogue.json",
            new KioskConfigFile.WrittenPrinter("virtual", "/dev/ttyUSB0"),
            "pbkdf2-sha256$120000$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            null);

    assertThat(written.toJson()).isEqualTo(StrictJson.tree(readGolden()));
  }

  @Test
  void namesEachWrongFieldWithItsLine() throws Exception {
    Files.createDirectories(dir.resolve("var/lib/zuil"));
    String json =
        Files.readString(Golden.path("kiosk.json"))
            .replace("\"zuil-1\"", "\"Zuil 1\"")
            .replace("\"retentionDays\": 90", "\"retentionDays\": \"90\"");

    assertThatThrownBy(() -> KioskConfigFile.parse(json, dir.resolve("etc/zuil"), "k", ONE_PROFILE))
        .isInstanceOfSatisfying(
            KioskConfigException.class,
            e ->
                assertThat(e.problems())
                    .anyMatch(p -> p.startsWith("kioskCode (line 6): 'Zuil 1' must be lower-case"))
                    .anyMatch(
                        p ->
                            p.equals(
                                "retentionDays (line 12): must be a whole number from 1 to 3650")));
  }

  private static Object readGolden() {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(Files.readString(Golden.path("kiosk.json")));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
