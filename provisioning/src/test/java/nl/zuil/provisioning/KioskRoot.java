package nl.zuil.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.hardware.profile.KioskProfiles;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigFile;
import nl.zuil.kioskfiles.kioskconfig.PinHash;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.ticket.TicketRequest;
import nl.zuil.testsupport.TestClock;

/** A kiosk's file tree in a temporary root, set up with the tool as an installer would. */
public final class KioskRoot {

  /** One hash for every test: hashing a PIN takes most of a second, on purpose. */
  public static final String PIN_HASH =
      PinHash.create("2468".toCharArray(), PinHash.MIN_ITERATIONS).encoded();

  private final Path root;

  private KioskRoot(Path root) {
    this.root = root;
  }

  public static KioskRoot at(Path root) {
    return new KioskRoot(root);
  }

  public Path root() {
    return root;
  }

  public Path path(String logical) {
    return root.resolve(logical.substring(1));
  }

  /** The options an installer gives init for kiosk zuil-1, plus {@code more}. */
  public static List<String> initOptions(String... more) {
    List<String> options =
        new ArrayList<>(
            List.of(
                "--profile",
                "virtual",
                "--location-code",
                Region.LOCATION,
                "--location-name",
                "Bibliotheek Hengelo",
                "--kiosk-code",
                Region.KIOSK,
                "--staff-pin-hash",
                PIN_HASH));
    options.addAll(List.of(more));
    return options;
  }

  /** {@code options} with {@code option} set to {@code value}, added when it was not there. */
  public static List<String> with(List<String> options, String option, String value) {
    List<String> changed = without(options, option);
    changed.add(option);
    changed.add(value);
    return changed;
  }

  /** {@code options} without {@code option} and its value. */
  public static List<String> without(List<String> options, String option) {
    List<String> changed = new ArrayList<>(options);
    int at = changed.indexOf(option);
    if (at >= 0) {
      changed.remove(at + 1);
      changed.remove(at);
    }
    return changed;
  }

  public Tool.Run init(List<String> options) {
    return Tool.run("init", root, options.toArray(String[]::new));
  }

  public Tool.Run init(String... more) {
    return Tool.run("init", root, initOptions(more).toArray(String[]::new));
  }

  public KioskRoot initialised(String... more) {
    Tool.Run run = init(more);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return this;
  }

  public Tool.Run enrol(Region region, String code, String... more) {
    List<String> options =
        new ArrayList<>(
            List.of("--backend-url", region.url(), "--pin", region.pin(), "--code", code));
    options.addAll(List.of(more));
    return Tool.run("enrol", root, options.toArray(String[]::new));
  }

  public KioskRoot enrolled(Region region) {
    Tool.Run run = enrol(region, region.enrolmentCode(Region.KIOSK));
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return this;
  }

  public KioskConfig config() throws Exception {
    return KioskConfigFile.load(path("/etc/zuil/kiosk.json"), KioskProfiles.SCREENS);
  }

  /** Opens the ledger as the kiosk app does, with the kiosk's identity and catalogue. */
  public Ledger openLedger(TestClock clock) throws Exception {
    KioskConfig config = config();
    Catalogue catalogue =
        config.cataloguePath().isPresent()
            ? CatalogueLoader.load(config.cataloguePath().get())
            : CatalogueLoader.loadDefault();
    return Ledger.open(
        config.ledgerPath(),
        catalogue,
        new KioskIdentity(config.locationCode(), config.kioskCode()),
        clock);
  }

  /** Issues tickets a few minutes apart and aggregates them, as the kiosk does. */
  public static void visits(Ledger ledger, TestClock clock, int count) {
    for (int i = 0; i < count; i++) {
      clock.advanceMinutes(3);
      ledger.tickets().issue(TicketRequest.of(i % 2 == 0 ? "find_work" : "learning", "nl"));
    }
    ledger.aggregator().refresh();
  }

  /**
   * A fake program in the root's /usr/bin: doctor and restore ask systemctl and timedatectl there,
   * so a test decides what they answer.
   */
  public void program(String name, String script) throws IOException {
    Path bin = Files.createDirectories(path("/usr/bin"));
    Path program = bin.resolve(name);
    Files.writeString(program, "#!/bin/sh\n" + script + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** A systemctl that says every Zuil unit is {@code state} ("active" or "inactive"). */
  public void systemd(String state) throws IOException {
    program("systemctl", "echo " + state + "; [ " + state + " = active ]");
  }
}
