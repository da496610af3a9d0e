package nl.zuil.hardware.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HardwareProfilesTest {

  private static final String EPSON = HardwareProfiles.shippedJson("epson-tm-t20iii");

  static Stream<String> shipped() {
    return HardwareProfiles.SHIPPED.stream();
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void everyShippedProfileLoadsAndCitesItsSources(String name) throws Exception {
    HardwareProfile profile = HardwareProfiles.load(name);

    assertThat(profile.name()).isEqualTo(name);
    assertThat(profile.printer().sources()).isNotEmpty();
    assertThat(profile.printer().commandSet()).isEqualTo("esc-pos");
  }

  @Test
  void theShippedListNamesExactlyTheProfileFilesThatExist() throws Exception {
    Path folder = Path.of(HardwareProfiles.class.getResource("virtual.json").toURI()).getParent();
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(
              files
                  .map(f -> f.getFileName().toString())
                  .filter(f -> f.endsWith(".json"))
                  .map(f -> f.substring(0, f.length() - 5))
                  .collect(Collectors.toList()))
          .containsExactlyInAnyOrderElementsOf(HardwareProfiles.SHIPPED);
    }
  }

  @Test
  void shippedKitsCoverNativeAndRasterQrAnd58And80MillimetrePaper() throws Exception {
    assertThat(HardwareProfiles.load("star-tup500").printer().qr()).isEqualTo(QrMode.RASTER);
    assertThat(HardwareProfiles.load("epson-tm-t88vi").printer().qr()).isEqualTo(QrMode.NATIVE);
    assertThat(HardwareProfiles.load("epson-tm-t20iii-58mm").printer().paper().printableDots())
        .isEqualTo(420);
    assertThat(HardwareProfiles.load("custom-vkp80iii").printer().cutter())
        .isEqualTo(CutterType.FULL);
  }

  @Test
  void unknownProfileNameIsRefusedWithTheNamesThatExist() {
    assertThatThrownBy(() -> HardwareProfiles.load("epson-tm-t20"))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("'epson-tm-t20'")
        .hasMessageContaining("unknown profile")
        .hasMessageContaining("epson-tm-t20iii, epson-tm-t20iii-58mm");
  }

  @Test
  void malformedJsonIsRefusedWithItsLine() {
    String json = EPSON.replace("\"baud\": 38400,", "\"baud\": 38400");

    assertThatThrownBy(() -> HardwareProfiles.parse(json, "kit.json"))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("kit.json")
        .hasMessageContaining("line " + (lineOf(json, "\"baud\"") + 1) + ", not valid JSON");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          "baud": 38400,                  | "baudrate": 38400,            | printer.transport.baudrate: unknown field 'baudrate'
          "baud": 38400,                  | "baud": "38400",              | printer.transport.baud: must be a number, without quotes
          "baud": 38400,                  | "baud": 38401,                | printer.transport.baud: 38401 is not a standard rate
          "qr": "native",                 | "qr": "picture",              | printer.qr: 'picture' is not one of: native, raster
          "dpi": 203,                     | ''                            | printer.paper.dpi: missing
          "printableDots": 576            | "printableDots": 640          | printer.paper.printableDots: 640 dots do not fit on 80.0 mm paper at 203 dpi
          "escPosNumber": 16              | "escPosNumber": 300           | printer.codePage.escPosNumber: must be 0 to 255, got 300
          "table": "wpc1252"              | "table": "utf-8"              | printer.codePage.table: 'utf-8' is not one of: pc437, pc850, pc858, wpc1252
          "commandSet": "esc-pos"         | "commandSet": "star-graphic"  | printer.commandSet: 'star-graphic' is a Star command mode; Zuil speaks esc-pos only
          "status": "dle-eot"             | "status": "none"              | printer.status: a printer that cannot report paper out would print into an empty tray
          "device": "/dev/ttyS0",         | "device": "ttyS0",            | printer.transport.device: 'ttyS0' is not an absolute device path
          "scale": 1.0                    | "scale": 9                    | screen.scale: must be 0.5 to 4, got 9
          "type": "keyboard-wedge"        | "type": "serial"              | scanner.transport: a serial scanner needs its transport
          """)
  void refusesAWrongFieldNamingItsPathAndLine(String original, String broken, String message) {
    String json = EPSON.replace(original, broken);
    assertThat(json).isNotEqualTo(EPSON);

    assertThatThrownBy(() -> HardwareProfiles.parse(json, "kit.json"))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("line ")
        .hasMessageContaining(message);
  }

  @Test
  void aMissingFieldOnTheSameLineAsOthersNamesThatLine() {
    String json = EPSON.replace("\"dpi\": 203, ", "");

    assertThatThrownBy(() -> HardwareProfiles.parse(json, "kit.json"))
        .hasMessageContaining("line " + lineOf(json, "\"paper\"") + ", printer.paper.dpi: missing");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    String json =
        EPSON
            .replace("\"stopBits\": 1", "\"stopBits\": 3")
            .replace("\"dataBits\": 8", "\"dataBits\": 9");

    assertThatThrownBy(() -> HardwareProfiles.parse(json, "kit.json"))
        .hasMessageContaining("(2 problems)")
        .hasMessageContaining("printer.transport.dataBits: must be one of [7, 8], got 9")
        .hasMessageContaining("printer.transport.stopBits: must be one of [1, 2], got 3");
  }

  @Test
  void aTransportNeedsADeviceOrAUsbIdButNotBoth() {
    String both =
        EPSON.replace(
            "\"device\": \"/dev/ttyS0\",",
            "\"device\": \"/dev/ttyS0\", \"usb\": {\"vendorId\": \"0dd4\", \"productId\": \"01A5\"},");

    assertThatThrownBy(() -> HardwareProfiles.parse(both, "kit.json"))
        .hasMessageContaining("printer.transport: give exactly one of device")
        .hasMessageContaining("printer.transport.usb.productId: '01A5' is not four lower-case hex");
  }

  @Test
  void aUsbIdInsteadOfADevicePathIsAccepted() throws Exception {
    String json =
        EPSON.replace(
            "\"device\": \"/dev/ttyS0\",",
            "\"usb\": {\"vendorId\": \"0dd4\", \"productId\": \"01a5\"},");

    HardwareProfile profile = HardwareProfiles.parse(json, "kit.json");

    assertThat(profile.printer().transport().usb()).isEqualTo(new UsbId("0dd4", "01a5"));
    assertThat(profile.printer().transport().device()).isNull();
  }

  @Test
  void loadsAnInstallersOwnFileAndRefusesAMissingOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("my-kit.json");
    Files.writeString(file, EPSON.replace("\"baud\": 38400", "\"baud\": 9600"));

    assertThat(HardwareProfiles.resolve(file.toString()).printer().transport().baud())
        .isEqualTo(9600);
    assertThatThrownBy(() -> HardwareProfiles.load(dir.resolve("absent.json")))
        .hasMessageContaining("absent.json")
        .hasMessageContaining("cannot be read");
  }

  @Test
  void wireTimeCountsStartParityAndStopBits() throws Exception {
    TransportProfile transport = HardwareProfiles.load("star-tup500").printer().transport();

    assertThat(transport.wireSeconds(960)).isEqualTo(1.0);
    assertThat(transport.withBaud(115200).wireSeconds(11520)).isEqualTo(1.0);
  }

  private static int lineOf(String json, String text) {
    String before = json.substring(0, json.indexOf(text));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void aProfileWithoutAudioFromBeforeTheKioskSpokeGetsTheDefaultOutputAndVolume() throws Exception {
    HardwareProfile old = HardwareProfiles.parse(EPSON, "epson.json");

    assertThat(EPSON).doesNotContain("\"audio\"");
    assertThat(old.sound().device()).isNull();
    assertThat(old.sound().volume()).isEqualTo(AudioProfile.DEFAULT_VOLUME);
  }

  @Test
  void aProfileNamesItsAudioDeviceAndVolume() throws Exception {
    String json =
        EPSON.replace(
            "\"scanner\":",
            "\"audio\": { \"device\": \"Headphones\", \"volumePercent\": 35 },\n  \"scanner\":");

    AudioProfile audio = HardwareProfiles.parse(json, "kit.json").sound();

    assertThat(audio.device()).isEqualTo("Headphones");
    assertThat(audio.volume()).isEqualTo(35);
  }

  @Test
  void aVolumeOutsideZeroToHundredIsRefusedOnItsLine() {
    String json =
        EPSON.replace("\"scanner\":", "\"audio\": { \"volumePercent\": 150 },\n  \"scanner\":");

    assertThatThrownBy(() -> HardwareProfiles.parse(json, "kit.json"))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("audio.volumePercent: 150 is not between 0 and 100");
  }
}
