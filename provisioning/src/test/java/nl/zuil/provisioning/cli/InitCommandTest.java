package nl.zuil.provisioning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.hardware.profile.HardwareProfiles;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;
import nl.zuil.provisioning.FileTree;
import nl.zuil.provisioning.KioskRoot;
import nl.zuil.provisioning.Region;
import nl.zuil.provisioning.Tool;
import nl.zuil.provisioning.Unwritable;
import nl.zuil.testsupport.TestCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

  @TempDir Path root;
  @TempDir Path elsewhere;

  @Test
  void writesAConfigTheKioskAcceptsAndFoldersWithTheirModes() throws Exception {
    KioskRoot kiosk = KioskRoot.at(root);

    Tool.Run run = kiosk.init();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    KioskConfig config = kiosk.config();
    assertThat(config.kioskCode()).isEqualTo("zuil-1");
    assertThat(config.locationName()).isEqualTo("Bibliotheek Hengelo");
    assertThat(config.ledgerPath()).isEqualTo(kiosk.path("/var/lib/zuil/ledger.db"));
    assertThat(config.printer().profile()).isEqualTo("virtual");
    assertThat(Files.readString(kiosk.path("/etc/zuil/kiosk.json")))
        .contains("\"ledgerPath\": \"../../var/lib/zuil/ledger.db\"");
    assertThat(mode(kiosk.path("/etc/zuil/kiosk.json"))).isEqualTo(0640);
    assertThat(mode(kiosk.path("/var/lib/zuil"))).isEqualTo(02770);
    assertThat(mode(kiosk.path("/var/lib/zuil-sync"))).isEqualTo(0700);
    assertThat(mode(kiosk.path("/var/lib/zuil-catalogue"))).isEqualTo(02750);
    assertThat(run.out())
        .contains("created   /etc/zuil/kiosk.json (0640 root:zuil-kiosk)")
        .contains("created   /var/lib/zuil (2770 zuil-kiosk:zuil-ledger)")
        .contains("created   /var/lib/zuil-sync (0700 zuil-sync:zuil-sync)")
        .contains("created   /var/lib/zuil-catalogue (2750 zuil-sync:zuil-kiosk)")
        .contains("to run as root on the kiosk (not run: not root on /):")
        .contains("  groupadd --system zuil-ledger")
        .contains(
            "  useradd --system --user-group --groups zuil-ledger,dialout --home-dir"
                + " /var/lib/zuil --no-create-home --shell /usr/sbin/nologin zuil-kiosk")
        .contains(
            "  useradd --system --user-group --groups zuil-ledger --home-dir /var/lib/zuil-sync"
                + " --no-create-home --shell /usr/sbin/nologin zuil-sync")
        .contains("owners are recorded above, not applied");
  }

  @Test
  void aSecondRunWithTheSameOptionsChangesNothingAndSaysSo() throws Exception {
    Path pin = elsewhere.resolve("pin");
    Files.writeString(pin, "2468\n");
    KioskRoot kiosk = KioskRoot.at(root);
    assertThat(kiosk.init().exitCode()).isZero();
    // A PIN typed again must not give a new hash: a new salt would change the file every run.
    Tool.Run withPin =
        kiosk.init(
            KioskRoot.with(
                KioskRoot.without(KioskRoot.initOptions(), "--staff-pin-hash"),
                "--staff-pin-file",
                pin.toString()));
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run again = kiosk.init();

    assertThat(withPin.exitCode()).as(withPin.toString()).isZero();
    assertThat(withPin.out()).contains("nothing changed");
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("unchanged /etc/zuil/kiosk.json").contains("nothing changed");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void keepsTheSettingsItDoesNotOwn() throws Exception {
    KioskRoot kiosk = KioskRoot.at(root).initialised();
    Path file = kiosk.path("/etc/zuil/kiosk.json");
    String handEdited =
        Files.readString(file)
            .replaceFirst(
                "\\n}\\n$",
                ",\n  \"idle\": { \"ticketSeconds\": 45, \"otherSeconds\": 90, \"countdownSeconds\":"
                    + " 20 }\n}\n");
    Files.writeString(file, handEdited);

    Tool.Run run = kiosk.init("--desk-name", "Balie links");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(kiosk.config().idle().ticket().toSeconds()).isEqualTo(45);
    assertThat(kiosk.config().desk().name()).isEqualTo("Balie links");
  }

  @Test
  void refusesAnUnknownProfileAndWritesNothing() {
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run =
        KioskRoot.at(root)
            .init(KioskRoot.with(KioskRoot.initOptions(), "--profile", "epson-tm-t99"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("--profile")
        .contains("'epson-tm-t99'")
        .contains("unknown profile")
        .contains(String.join(", ", HardwareProfiles.SHIPPED))
        .contains("nothing was written");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void aBadValueNamesTheFieldAndTheOptionAndLeavesTheTreeAsItWas() {
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run =
        KioskRoot.at(root)
            .init(KioskRoot.with(KioskRoot.initOptions(), "--location-code", "Hengelo 12345"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("location.code (--location-code): 'Hengelo 12345' must be lower-case")
        .contains("nothing was changed");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void aBadValueOnAnInitialisedKioskLeavesItsFilesAsTheyWere() throws Exception {
    KioskRoot.at(root).initialised();
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run = KioskRoot.at(root).init("--retention-days", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("retentionDays (--retention-days): must be a whole number");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void installsTheRegionsCatalogueAndChecksItsRegion() throws Exception {
    Path catalogue = elsewhere.resolve("voorbeeldregio.json");
    Files.writeString(catalogue, CatalogueLoader.defaultJson());
    KioskRoot kiosk = KioskRoot.at(root);

    Tool.Run wrongRegion = kiosk.init("--region", "twente", "--catalogue", catalogue.toString());
    Tool.Run right = kiosk.init("--region", Region.REGION, "--catalogue", catalogue.toString());

    assertThat(wrongRegion.exitCode()).isEqualTo(2);
    assertThat(wrongRegion.err())
        .contains("--region twente does not match the catalogue's region.code 'voorbeeldregio'");
    assertThat(right.exitCode()).as(right.toString()).isZero();
    Path installed = kiosk.path("/var/lib/zuil-catalogue/catalogue.json");
    assertThat(right.out())
        .contains("created   /var/lib/zuil-catalogue/catalogue.json (0640 zuil-sync:zuil-kiosk)");
    assertThat(Files.readString(kiosk.path("/etc/zuil/kiosk.json")))
        .contains("\"cataloguePath\": \"../../var/lib/zuil-catalogue/catalogue.json\"");
    assertThat(kiosk.config().cataloguePath()).contains(installed);
    assertThat(CatalogueLoader.load(installed).region().code()).isEqualTo(Region.REGION);
    assertThat(mode(installed)).isEqualTo(0640);
    assertThat(kiosk.path("/etc/zuil/catalogue.json")).doesNotExist();
  }

  @Test
  void aKioskSetUpBeforeTheCatalogueFolderHasItsCatalogueMovedThere() throws Exception {
    KioskRoot kiosk = KioskRoot.at(root).initialised();
    Path old = kiosk.path("/etc/zuil/catalogue.json");
    String version3 = CatalogueLoader.defaultJson().replace("\"version\": 1,", "\"version\": 3,");
    Files.writeString(old, version3);
    Path config = kiosk.path("/etc/zuil/kiosk.json");
    Files.writeString(
        config,
        Files.readString(config)
            .replaceFirst("\\n}\\n$", ",\n  \"cataloguePath\": \"catalogue.json\"\n}\n"));
    assertThat(kiosk.config().cataloguePath()).contains(old);

    Tool.Run run = kiosk.init();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Path moved = kiosk.path("/var/lib/zuil-catalogue/catalogue.json");
    assertThat(kiosk.config().cataloguePath()).contains(moved);
    assertThat(moved).hasContent(version3);
    assertThat(run.out())
        .contains(
            "the catalogue moved from /etc/zuil/catalogue.json to"
                + " /var/lib/zuil-catalogue/catalogue.json")
        .contains("run zuil-provision install");
    Map<String, String> before = FileTree.snapshot(root);
    Tool.Run again = kiosk.init();
    assertThat(again.out()).contains("nothing changed").doesNotContain("moved");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void picksTheProfileWhosePrinterIsPluggedInByItsUsbId() throws Exception {
    usbTty("ttyACM0", "0dd4", "015d");
    usbTty("ttyUSB0", "067b", "2303");
    Path profile = elsewhere.resolve("custom-usb.json");
    Files.writeString(
        profile,
        HardwareProfiles.shippedJson("custom-vkp80iii")
            .replace("\"name\": \"custom-vkp80iii\"", "\"name\": \"custom-usb\"")
            .replaceFirst(
                "\"device\": \"/dev/ttyS1\"",
                "\"usb\": { \"vendorId\": \"0dd4\", \"productId\": \"015d\" }"));
    KioskRoot kiosk = KioskRoot.at(root);

    List<String> detect = KioskRoot.without(KioskRoot.initOptions(), "--profile");
    detect.add("--detect-printer");
    Tool.Run run = kiosk.init(detect);
    Tool.Run withProfile = kiosk.init(KioskRoot.with(detect, "--profile-file", profile.toString()));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("no profile names the USB id of a plugged-in printer")
        .contains("ttyACM0 (USB 0dd4:015d), ttyUSB0 (USB 067b:2303)");
    assertThat(withProfile.exitCode()).as(withProfile.toString()).isZero();
    assertThat(withProfile.out()).contains("detected printer: Custom VKP80III");
    assertThat(kiosk.config().printer().profile()).isEqualTo("custom-usb.json");
    assertThat(kiosk.path("/etc/zuil/custom-usb.json")).hasSameTextualContentAs(profile);
  }

  @Test
  void anUnwritableFolderFailsAndLeavesNothingBehind() throws Exception {
    Files.createDirectories(root.resolve("var/lib"));
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run;
    try (Unwritable locked = Unwritable.make(root.resolve("var/lib"))) {
      run = KioskRoot.at(root).init();
    }

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("var/lib/zuil");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  /** /sys/class/tty/NAME/device -> a USB interface whose parent has idVendor and idProduct. */
  private void usbTty(String name, String vendor, String product) throws Exception {
    Path usb = Files.createDirectories(root.resolve("sys/devices/usb1/1-" + name));
    Files.writeString(usb.resolve("idVendor"), vendor + "\n", StandardCharsets.US_ASCII);
    Files.writeString(usb.resolve("idProduct"), product + "\n", StandardCharsets.US_ASCII);
    Path usbInterface = Files.createDirectories(usb.resolve("1-" + name + ":1.0"));
    Path tty = Files.createDirectories(root.resolve("sys/class/tty/" + name));
    Files.createSymbolicLink(tty.resolve("device"), usbInterface);
  }

  @Test
  void setsUpTheGidsConsoleWithItsOwnCopyOfTheKeystoreAndKeepsWhatWasAddedByHand()
      throws Exception {
    TestCertificate certificate = TestCertificate.create(elsewhere, "console");
    Path password = elsewhere.resolve("console-password");
    Files.writeString(password, certificate.password() + "\n");
    Path gidsPin = elsewhere.resolve("gids-pin");
    Files.writeString(gidsPin, "1357\n");
    String[] console = {
      "--console-address", "127.0.0.1",
      "--console-port", "8450",
      "--console-keystore", certificate.keystore().toString(),
      "--console-keystore-password-file", password.toString(),
      "--gids-pin-file", gidsPin.toString()
    };
    KioskRoot kiosk = KioskRoot.at(root);

    Tool.Run run = kiosk.init(console);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("created   /etc/zuil/console.p12 (0640 root:zuil-kiosk)")
        .contains("created   /etc/zuil/console.password (0640 root:zuil-kiosk)");
    KioskConfig.Console settings = kiosk.config().console().orElseThrow();
    assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
    assertThat(settings.port()).isEqualTo(8450);
    assertThat(settings.keystorePath()).isEqualTo(kiosk.path("/etc/zuil/console.p12"));
    assertThat(settings.keystorePath()).hasSameBinaryContentAs(certificate.keystore());
    assertThat(settings.keystorePasswordFile()).hasSameTextualContentAs(password);
    assertThat(mode(settings.keystorePasswordFile())).isEqualTo(0640);
    assertThat(settings.gidsPin().matches("1357".toCharArray())).isTrue();
    assertThat(settings.gidsPin().matches("2468".toCharArray())).isFalse();

    Path file = kiosk.path("/etc/zuil/kiosk.json");
    Files.writeString(
        file,
        Files.readString(file).replace("\"port\": 8450", "\"port\": 8450, \"sessionMinutes\": 45"));
    Tool.Run again = kiosk.init(console);
    Map<String, String> before = FileTree.snapshot(root);
    // The same PIN typed again keeps its hash: a third run finds nothing to change.
    Tool.Run third = kiosk.init(console);

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(kiosk.config().console().orElseThrow().session()).hasMinutes(45);
    assertThat(third.out()).contains("nothing changed");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void refusesAConsoleKeystoreItsPasswordDoesNotOpenAndWritesNothing() throws Exception {
    TestCertificate certificate = TestCertificate.create(elsewhere, "console");
    Path password = elsewhere.resolve("console-password");
    Files.writeString(password, "not-the-password\n");
    Path gidsPin = elsewhere.resolve("gids-pin");
    Files.writeString(gidsPin, "1357\n");
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run =
        KioskRoot.at(root)
            .init(
                "--console-address", "127.0.0.1",
                "--console-keystore", certificate.keystore().toString(),
                "--console-keystore-password-file", password.toString(),
                "--gids-pin-file", gidsPin.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("--console-keystore: " + certificate.keystore())
        .contains("does not open as a PKCS12 keystore with the password in " + password)
        .contains("nothing was written");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  private static int mode(Path path) throws Exception {
    return ((Integer) Files.getAttribute(path, "unix:mode")) & 07777;
  }
}
