package nl.zuil.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.zuil.hardware.profile.KioskProfiles;
import nl.zuil.kiosk.testing.TestConfigs;
import nl.zuil.kioskfiles.kioskconfig.IdleTimeouts;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigException;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigFile;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;
import nl.zuil.kioskfiles.kioskconfig.ScreenOrientation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kiosk config as the kiosk reads it, with the hardware profiles Zuil ships. */
class KioskConfigFileTest {

  @TempDir Path dir;

  /** The loader checks that the console's files can be read; it does not open the keystore. */
  private String withConsole() throws java.io.IOException {
    Files.writeString(dir.resolve("kiosk.p12"), "keystore");
    Files.writeString(dir.resolve("keystore-password"), "secret");
    return TestConfigs.withConsole(TestConfigs.landscapeJson(), 8443);
  }

  private KioskConfig parse(String json) throws KioskConfigException {
    return KioskConfigFile.parse(json, dir, "kiosk.json", KioskProfiles.SCREENS);
  }

  @Test
  void readsAValidConfigWithRelativePathsFromItsFolder() throws Exception {
    KioskConfig config = parse(TestConfigs.landscapeJson());

    assertThat(config.locationCode()).isEqualTo("hengelo-bibliotheek");
    assertThat(config.locationName()).isEqualTo("Bibliotheek Hengelo");
    assertThat(config.kioskCode()).isEqualTo("zuil-1");
    assertThat(config.desk().name()).isEqualTo("Balie 1");
    assertThat(config.ledgerPath()).isEqualTo(dir.resolve("ledger.db"));
    assertThat(config.retentionDays()).isEqualTo(90);
    assertThat(config.cataloguePath()).isEmpty();
    assertThat(config.printer().profile()).isEqualTo("virtual");
    assertThat(config.screen().orientation()).isEqualTo(ScreenOrientation.LANDSCAPE);
    assertThat(config.idle().ticket()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.staffPin().matches(TestConfigs.PIN.toCharArray())).isTrue();
  }

  @Test
  void withoutAScreenSectionTheScreenComesFromTheHardwareProfileAsMounted() throws Exception {
    KioskConfig config =
        parse(TestConfigs.landscapeJson().replaceAll("\"screen\": \\{[^}]*\\},", ""));

    assertThat(KioskProfiles.of(config.printer()).name()).isEqualTo("virtual");
    assertThat(config.screen())
        .isEqualTo(new ScreenGeometry(ScreenOrientation.PORTRAIT, 1080, 1920, 268, 476));
  }

  @Test
  void refusesAnUnknownHardwareProfileAndNamesTheShippedOnes() {
    assertThatThrownBy(
            () -> parse(TestConfigs.landscapeJson().replace("\"virtual\"", "\"epson-tm-t99\"")))
        .isInstanceOf(KioskConfigException.class)
        .hasMessageContaining("printer.profile")
        .hasMessageContaining("epson-tm-t99")
        .hasMessageContaining("epson-tm-t88vi");
  }

  @Test
  void aRelativePrinterDeviceIsTakenFromTheConfigsFolder() throws Exception {
    KioskConfig config =
        parse(
            TestConfigs.landscapeJson()
                .replace(
                    "\"profile\": \"virtual\"",
                    "\"profile\": \"virtual\", \"device\": \"tty/printer\""));

    assertThat(config.printer().device()).contains(dir.resolve("tty/printer").toString());
  }

  @Test
  void idleTimesDefaultToThirtyAndSixtySeconds() throws Exception {
    KioskConfig config =
        parse(TestConfigs.landscapeJson().replaceAll("\"idle\": \\{[^}]*\\},", ""));

    assertThat(config.idle()).isEqualTo(IdleTimeouts.DEFAULT);
    assertThat(config.idle().other()).isEqualTo(Duration.ofSeconds(60));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          location.code    | "code": "hengelo-bibliotheek" | "code": "Hengelo Bieb"
          kioskCode        | "kioskCode": "zuil-1"          | "kioskCode": "0612345678"
          screen.widthMm   | "widthMm": 476                 | "widthMm": 26
          screen.orientation | "orientation": "landscape"   | "orientation": "portrait"
          screen.widthMm   | "widthMm": 476, "heightMm": 268 | "widthMm": 268, "heightMm": 476
          idle.ticketSeconds | "ticketSeconds": 30          | "ticketSeconds": 3
          staffPinHash     | "staffPinHash": "pbkdf2        | "staffPinHash": "x
          ledgerPath       | "ledgerPath": "ledger.db"      | "ledgerPath": "no-such-folder/ledger.db"
          printer.profile  | "profile": "virtual"           | "profile": "Virtual Printer!"
          """)
  void namesTheFieldThatIsWrong(String field, String good, String bad) {
    String json = TestConfigs.landscapeJson().replace(good, bad);
    assertThat(json).as("the test's replacement applies").isNotEqualTo(TestConfigs.landscapeJson());

    assertThatThrownBy(() -> parse(json))
        .isInstanceOf(KioskConfigException.class)
        .hasMessageContaining("kiosk.json is not a valid kiosk config")
        .hasMessageContaining(field + " (line ");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    String json =
        TestConfigs.landscapeJson()
            .replace("\"kioskCode\": \"zuil-1\"", "\"kioskCode\": \"\"")
            .replace("\"widthPx\": 1920", "\"widthPx\": \"wide\"")
            .replace("\"printer\"", "\"printr\"");

    assertThatThrownBy(() -> parse(json))
        .isInstanceOfSatisfying(
            KioskConfigException.class,
            e ->
                assertThat(e.problems())
                    .anyMatch(p -> p.startsWith("kioskCode (line "))
                    .anyMatch(p -> p.startsWith("screen.widthPx (line "))
                    .anyMatch(p -> p.matches("printr \\(line \\d+\\): unknown field.*"))
                    .anyMatch(p -> p.matches("printer \\(line \\d+\\): missing")));
  }

  @Test
  void refusesSomethingThatIsNotJson() {
    assertThatThrownBy(() -> parse("{ \"kioskCode\": ")).hasMessageContaining("not valid JSON");
  }

  @Test
  void aCatalogueFileMustExist() throws Exception {
    String json =
        TestConfigs.landscapeJson()
            .replace("\"kioskCode\"", "\"cataloguePath\": \"regio.json\", \"kioskCode\"");
    assertThatThrownBy(() -> parse(json))
        .hasMessageMatching("(?s).*cataloguePath \\(line \\d+\\): no readable file.*");

    Files.writeString(dir.resolve("regio.json"), "{}");
    assertThat(parse(json).cataloguePath()).contains(dir.resolve("regio.json"));
  }

  @Test
  void theDemoConfigIsValidAndItsStaffPinIs4321() throws Exception {
    String json = Files.readString(Path.of("demo", "kiosk-demo.json"));
    Path configFolder = Files.createDirectories(dir.resolve("kiosk-app").resolve("demo"));
    Files.createDirectories(dir.resolve("demo-data"));

    KioskConfig demo =
        KioskConfigFile.parse(json, configFolder, "kiosk-demo.json", KioskProfiles.SCREENS);

    assertThat(demo.ledgerPath()).isEqualTo(dir.resolve("demo-data").resolve("kiosk-ledger.db"));
    assertThat(demo.staffPin().matches("4321".toCharArray())).isTrue();
  }

  @Test
  void theTouchTargetFollowsTheScreenSize() throws Exception {
    ScreenGeometry screen = parse(TestConfigs.landscapeJson()).screen();

    assertThat(screen.pxPerMm()).isBetween(4.0, 4.1);
    assertThat(screen.minTouchPx()).isEqualTo(61);
  }

  @Test
  void withoutAConsoleSectionTheKioskServesNoWebConsole() throws Exception {
    KioskConfig config = parse(TestConfigs.landscapeJson());

    assertThat(config.console()).isEmpty();
    assertThat(config.agentHealthFile()).isEmpty();
  }

  @Test
  void readsTheWebConsoleWithItsFilesFromTheConfigFolder() throws Exception {
    KioskConfig config =
        parse(
            withConsole()
                .replace(
                    "\"kioskCode\"", "\"agentHealthFile\": \"agent/health.json\", \"kioskCode\""));

    KioskConfig.Console console = config.console().orElseThrow();
    assertThat(console.bindAddress()).isEqualTo("127.0.0.1");
    assertThat(console.port()).isEqualTo(8443);
    assertThat(console.keystorePath()).isEqualTo(dir.resolve("kiosk.p12"));
    assertThat(console.keystorePasswordFile()).isEqualTo(dir.resolve("keystore-password"));
    assertThat(console.gidsPin().matches(TestConfigs.GIDS_PIN.toCharArray())).isTrue();
    assertThat(console.session()).isEqualTo(Duration.ofMinutes(30));
    assertThat(console.desks()).containsExactly(new KioskConfig.Desk("balie-1", "Balie 1"));
    assertThat(config.agentHealthFile()).contains(dir.resolve("agent/health.json"));
  }

  @Test
  void gidsenOfTheWebConsoleMayChooseBetweenSeveralDesks() throws Exception {
    withConsole();
    KioskConfig config = parse(TestConfigs.withTwoDesks(TestConfigs.landscapeJson(), 8443));

    assertThat(config.console().orElseThrow().desks())
        .extracting(KioskConfig.Desk::name)
        .containsExactly("Balie 1", "Balie 2");
    assertThat(config.deskName("balie-2")).isEqualTo("Balie 2");
    assertThat(config.deskName("balie-9")).as("a desk no longer configured").isEqualTo("balie-9");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          "bindAddress": "0.0.0.0"          | console.bindAddress: 0.0.0.0 would listen on every network
          "bindAddress": "::"               | console.bindAddress: :: would listen on every network
          "bindAddress": "kiosk.local"      | console.bindAddress: 'kiosk.local' must be an IP address
          "bindAddress": "300.1.2.3"        | console.bindAddress: '300.1.2.3' must be an IP address
          "port": 443                       | console.port: must be a whole number from 1024 to 65535
          "keystorePath": "missing.p12"     | console.keystorePath: no readable file at
          "gidsPinHash": "1234"             | console.gidsPinHash: is not a PIN hash
          "sessionMinutes": 600             | console.sessionMinutes: must be a whole number from 5 to 240
          "shell": "bash"                   | console.shell: unknown field
          "desks": []                       | console.desks: must be a list of 1 to 20 desks
          "desks": [{"code": "Balie 2"}]    | console.desks[0].code: 'Balie 2' must be lower-case
          "desks": [{"code": "b", "name": "B"}, {"code": "b", "name": "C"}] | console.desks[1].code: 'b' is used twice
          """)
  void refusesAWrongConsoleSettingAndNamesIt(String setting, String problem) throws Exception {
    String json = withConsole();
    String key = setting.substring(0, setting.indexOf(':'));
    String changed =
        json.contains(key)
            ? json.replaceFirst(
                java.util.regex.Pattern.quote(key) + ": [^,\\n]*",
                java.util.regex.Matcher.quoteReplacement(setting))
            : json.replace("\"console\": {", "\"console\": { " + setting + ",");

    // Each problem names its line between the field and what is wrong.
    String field = problem.substring(0, problem.indexOf(": "));
    String wrong = problem.substring(problem.indexOf(": ") + 2);
    assertThatThrownBy(() -> parse(changed))
        .isInstanceOf(KioskConfigException.class)
        .hasMessageMatching(
            "(?s).*"
                + java.util.regex.Pattern.quote(field)
                + " \\(line \\d+\\): "
                + java.util.regex.Pattern.quote(wrong)
                + ".*");
  }
}
