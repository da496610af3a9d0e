package nl.zuil.provisioning.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.hardware.profile.HardwareProfile;
import nl.zuil.hardware.profile.HardwareProfiles;
import nl.zuil.hardware.profile.ProfileException;
import nl.zuil.kioskfiles.agent.SettingsException;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigException;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigFile;
import nl.zuil.kioskfiles.kioskconfig.PinHash;
import nl.zuil.provisioning.files.FileChanges;
import nl.zuil.provisioning.files.Layout;
import nl.zuil.provisioning.files.Mode;
import nl.zuil.provisioning.files.Owner;
import nl.zuil.provisioning.host.Host;
import nl.zuil.provisioning.host.SystemCommands;
import nl.zuil.provisioning.kiosk.Accounts;
import nl.zuil.provisioning.kiosk.CatalogueHome;
import nl.zuil.provisioning.kiosk.ConfigJson;
import nl.zuil.provisioning.kiosk.HealthHome;
import nl.zuil.provisioning.kiosk.KioskConfigEdits;
import nl.zuil.provisioning.kiosk.PrinterDetection;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes the kiosk's config and makes its folders with their owners and modes. Everything is
 * checked first (profile, catalogue, PIN) and the config is validated by the kiosk app's own loader
 * before it gets its name; a refused run leaves the tree as it was.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Set up the kiosk's config (/etc/zuil/kiosk.json) and folders for a hardware profile,"
          + " location and catalogue. Running it again with the same options changes nothing."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written, or already so",
      "1:unexpected failure; nothing of this run is left",
      "2:a refused option or value (the message names it); nothing was written"
    })
public final class InitCommand implements Callable<Integer> {

  private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,58}\\.json");

  @Spec private CommandSpec spec;
  @Mixin private RootOption root;

  @ArgGroup(multiplicity = "1")
  private PrinterChoice printer;

  static final class PrinterChoice {
    @Option(
        names = "--profile",
        paramLabel = "NAME|FILE.json",
        description =
            "Hardware profile: a shipped name (${COMPLETION-CANDIDATES}) or a profile file",
        completionCandidates = ShippedProfiles.class)
    private String profile;

    @Option(
        names = "--detect-printer",
        description =
            "Pick the profile whose printer's USB id is plugged in (shipped profiles and"
                + " --profile-file candidates)")
    private boolean detect;
  }

  @Option(
      names = "--profile-file",
      paramLabel = "FILE.json",
      description = "With --detect-printer: also try this profile file (repeatable)")
  private List<Path> profileFiles = new ArrayList<>();

  @Option(
      names = "--printer-device",
      paramLabel = "PATH",
      description =
          "Serial device of the printer, instead of the profile's (e.g. /dev/ttyUSB0); a relative"
              + " path is taken from the current folder")
  private String printerDevice;

  @Option(names = "--location-code", required = true, description = "e.g. hengelo-bibliotheek")
  private String locationCode;

  @Option(names = "--location-name", required = true, description = "e.g. \"Bibliotheek Hengelo\"")
  private String locationName;

  @Option(names = "--kiosk-code", required = true, description = "e.g. zuil-1")
  private String kioskCode;

  @Option(names = "--desk-code", defaultValue = "balie-1", description = "Default ${DEFAULT-VALUE}")
  private String deskCode;

  @Option(names = "--desk-name", defaultValue = "Balie 1", description = "Default ${DEFAULT-VALUE}")
  private String deskName;

  @Option(
      names = "--region",
      paramLabel = "CODE",
      description = "The region the kiosk belongs to; checked against --catalogue")
  private String region;

  @Option(
      names = "--catalogue",
      paramLabel = "FILE",
      description =
          "The region's catalogue, copied to /var/lib/zuil-catalogue/catalogue.json, where the"
              + " sync agent keeps it current. Without it the kiosk keeps the catalogue it has, or"
              + " shows Zuil's example catalogue until update-catalogue fetches the region's")
  private Path catalogue;

  @Option(
      names = "--retention-days",
      defaultValue = "90",
      description = "Days single visits are kept on the kiosk. Default ${DEFAULT-VALUE}")
  private int retentionDays;

  @ArgGroup private PinChoice pin;

  static final class PinChoice {
    @Option(
        names = "--staff-pin-hash",
        paramLabel = "HASH",
        description = "The staff PIN as hashed by HashPinMain")
    private String hash;

    @Option(
        names = "--staff-pin-file",
        paramLabel = "FILE",
        description = "A file whose first line is the staff PIN (4-8 digits); /dev/stdin works")
    private Path file;
  }

  @ArgGroup(exclusive = false, heading = "%nThe gids console for browsers on the LAN:%n")
  private ConsoleOptions console;

  static final class ConsoleOptions {
    @Option(
        names = "--console-address",
        required = true,
        paramLabel = "IP",
        description =
            "The address of this kiosk on the inlooppunt's own network that the gids console"
                + " listens on (never every network)")
    private String address;

    @Option(
        names = "--console-port",
        defaultValue = "8444",
        description = "Default ${DEFAULT-VALUE}")
    private int port;

    @Option(
        names = "--console-keystore",
        required = true,
        paramLabel = "FILE.p12",
        description = "PKCS12 keystore with the console's certificate; copied to /etc/zuil")
    private Path keystore;

    @Option(
        names = "--console-keystore-password-file",
        required = true,
        paramLabel = "FILE",
        description = "A file holding the keystore's password; copied to /etc/zuil")
    private Path keystorePassword;

    @Option(
        names = "--gids-pin-file",
        required = true,
        paramLabel = "FILE",
        description = "A file whose first line is the gidsen's PIN (4-8 digits)")
    private Path gidsPin;
  }

  /** The console's keystore and password as read, to be copied beside the config. */
  private record ConsoleFiles(byte[] keystore, byte[] password) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Host host = root.host();
    Layout layout = host.layout();
    Optional<ObjectNode> existing;
    try {
      existing = ConfigJson.read(layout.path(Layout.KIOSK_CONFIG));
    } catch (IOException e) {
      err.println("init: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    ChosenProfile chosen;
    Optional<CatalogueSource> regionCatalogue;
    String pinHash;
    Optional<ConsoleFiles> consoleFiles;
    KioskConfigFile.WrittenConsole writtenConsole = null;
    try {
      chosen = chooseProfile(layout, out);
      regionCatalogue =
          keepNewerInstalled(layout, installed(layout, existing), loadCatalogue(), out);
      pinHash = staffPinHash(existing);
      consoleFiles = consoleFiles();
      if (console != null) {
        writtenConsole =
            new KioskConfigFile.WrittenConsole(
                console.address,
                console.port,
                Layout.fromConfigFolder(Layout.CONSOLE_KEYSTORE),
                Layout.fromConfigFolder(Layout.CONSOLE_KEYSTORE_PASSWORD),
                pinHash(
                    ConfigJson.text(
                        existing, KioskConfigFile.CONSOLE + "." + KioskConfigFile.GIDS_PIN_HASH),
                    console.gidsPin,
                    "--gids-pin-file"));
      }
    } catch (Refusal e) {
      err.println("init: " + e.getMessage());
      err.println("nothing was written");
      return ExitCodes.USAGE;
    }
    String json =
        KioskConfigEdits.render(
            existing,
            new KioskConfigFile.Written(
                new KioskConfigFile.Named(locationCode, locationName),
                kioskCode,
                new KioskConfigFile.Named(deskCode, deskName),
                Layout.fromConfigFolder(Layout.LEDGER),
                retentionDays,
                regionCatalogue.map(c -> Layout.fromConfigFolder(Layout.CATALOGUE)).orElse(null),
                new KioskConfigFile.WrittenPrinter(
                    chosen.configName(),
                    printerDevice == null ? null : fromConfigFolder(layout, printerDevice)),
                pinHash,
                writtenConsole));
    // The console's sync line reads the agent's report from its group-readable folder.
    json = KioskConfigEdits.withAgentHealth(json);

    SystemCommands accounts = new SystemCommands(host);
    Accounts.plan(host, accounts);
    accounts.runAll();
    try (FileChanges changes = FileChanges.start(host)) {
      changes.directory(Layout.ETC, Mode.DIRECTORY, Owner.ROOT);
      changes.directory(Layout.KIOSK_STATE, new Mode(02770), Accounts.LEDGER_FOLDER);
      changes.directory(Layout.AGENT_STATE_DIR, new Mode(0700), Accounts.AGENT_PRIVATE);
      CatalogueHome.folder(changes);
      HealthHome.folder(changes);
      if (chosen.file().isPresent()) {
        changes.file(
            Layout.ETC + "/" + chosen.configName(),
            chosen.file().get(),
            Mode.PUBLIC_READ,
            Owner.ROOT);
      }
      if (consoleFiles.isPresent()) {
        changes.file(
            Layout.CONSOLE_KEYSTORE,
            consoleFiles.get().keystore(),
            Mode.OWNER_GROUP_READ,
            Accounts.KIOSK_CONFIG,
            true);
        changes.file(
            Layout.CONSOLE_KEYSTORE_PASSWORD,
            consoleFiles.get().password(),
            Mode.OWNER_GROUP_READ,
            Accounts.KIOSK_CONFIG,
            true);
      }
      if (regionCatalogue.isPresent()) {
        CatalogueHome.write(
            changes, Files.readString(regionCatalogue.get().file(), StandardCharsets.UTF_8));
      }
      try {
        KioskConfigEdits.validate(json, layout.path(Layout.ETC));
      } catch (KioskConfigException e) {
        err.println("init: the kiosk config would be refused:");
        e.problems().forEach(problem -> err.println("  " + problem));
        Report.rolledBack(err, changes.rollback());
        return ExitCodes.USAGE;
      }
      changes.file(Layout.KIOSK_CONFIG, json, Mode.OWNER_GROUP_READ, Accounts.KIOSK_CONFIG);
      if (regionCatalogue.isPresent()) {
        try {
          CatalogueHome.pointAgent(changes, layout);
        } catch (SettingsException e) {
          err.println("init: " + e.getMessage().replace("\n", "\n  "));
          err.println("fix the agent's settings with zuil-provision enrol and run init again");
          Report.rolledBack(err, changes.rollback());
          return ExitCodes.USAGE;
        }
      }
      changes.commit();
      Report.commands(out, accounts, accounts.willRun());
      Report.files(out, changes);
      Report.ownersNote(out, host);
      Optional<Path> before = installed(layout, existing);
      if (regionCatalogue.isPresent()
          && before.isPresent()
          && before.get().equals(layout.path(Layout.ETC_CATALOGUE))) {
        Report.catalogueMoved(out, layout, before.get());
      }
      Report.summary(
          out,
          changes,
          "kiosk "
              + kioskCode
              + " at "
              + locationCode
              + " is set up"
              + layout.describeRoot()
              + "; next: zuil-provision enrol");
      return ExitCodes.OK;
    }
  }

  /**
   * The config resolves relative paths from its own folder; the operator typed one relative to
   * where they stand (a demo's printer link, say).
   */
  private static String fromConfigFolder(Layout layout, String device) {
    Path path = Path.of(device);
    return path.isAbsolute()
        ? device
        : layout.path(Layout.ETC).relativize(path.toAbsolutePath().normalize()).toString();
  }

  /**
   * The profile to write into the config, and the profile file to copy beside it when it is not a
   * shipped one (the kiosk's loader reads profile files from the config's own folder).
   */
  private record ChosenProfile(String configName, Optional<String> file) {}

  private ChosenProfile chooseProfile(Layout layout, PrintWriter out) throws Refusal {
    if (printer.detect) {
      return detect(layout, out);
    }
    if (!printer.profile.endsWith(".json")) {
      try {
        HardwareProfiles.load(printer.profile);
      } catch (ProfileException e) {
        throw new Refusal("--profile: " + e.getMessage());
      }
      return new ChosenProfile(printer.profile, Optional.empty());
    }
    return profileFile(Path.of(printer.profile), "--profile");
  }

  private ChosenProfile profileFile(Path file, String option) throws Refusal {
    try {
      HardwareProfiles.load(file);
      String name = file.getFileName().toString();
      if (!FILE_NAME.matcher(name).matches()) {
        throw new Refusal(
            option
                + ": the file name "
                + name
                + " must be lower-case letters, digits, '.', '_' or '-' and end in .json");
      }
      return new ChosenProfile(name, Optional.of(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (ProfileException e) {
      throw new Refusal(option + ": " + e.getMessage());
    } catch (IOException e) {
      throw new Refusal(option + ": cannot read " + file + ": " + e.getMessage());
    }
  }

  private ChosenProfile detect(Layout layout, PrintWriter out) throws Refusal {
    List<PrinterDetection.Candidate> candidates = new ArrayList<>();
    for (String name : HardwareProfiles.SHIPPED) {
      try {
        candidates.add(new PrinterDetection.Candidate(name, HardwareProfiles.load(name)));
      } catch (ProfileException e) {
        throw new IllegalStateException("shipped profile " + name + " is invalid", e);
      }
    }
    for (Path file : profileFiles) {
      try {
        HardwareProfile profile = HardwareProfiles.load(file);
        candidates.add(new PrinterDetection.Candidate(file.toString(), profile));
      } catch (ProfileException e) {
        throw new Refusal("--profile-file: " + e.getMessage());
      }
    }
    PrinterDetection.Result result;
    try {
      result = PrinterDetection.detect(candidates, layout.path("/sys/class/tty"));
    } catch (IOException e) {
      throw new Refusal("--detect-printer: cannot read /sys/class/tty: " + e.getMessage());
    }
    String seen =
        result.plugged().isEmpty()
            ? "no USB serial device is plugged in"
            : "plugged in: "
                + String.join(", ", result.plugged().stream().map(Object::toString).toList());
    if (result.matches().size() != 1) {
      throw new Refusal(
          "--detect-printer: "
              + (result.matches().isEmpty()
                  ? "no profile names the USB id of a plugged-in printer"
                  : "several profiles match: "
                      + String.join(", ", result.matches().stream().map(c -> c.source()).toList()))
              + " ("
              + seen
              + "). The shipped profiles use fixed serial ports; for a USB printer write a profile"
              + " with transport.usb and pass it with --profile-file, or choose with --profile");
    }
    PrinterDetection.Candidate match = result.matches().get(0);
    out.println("detected printer: " + match.profile().printer().model() + " (" + seen + ")");
    return HardwareProfiles.SHIPPED.contains(match.source())
        ? new ChosenProfile(match.source(), Optional.empty())
        : profileFile(Path.of(match.source()), "--profile-file");
  }

  /** A catalogue and the file it was read from. */
  private record CatalogueSource(Catalogue catalogue, Path file) {}

  private Optional<CatalogueSource> loadCatalogue() throws Refusal {
    if (catalogue == null) {
      return Optional.empty();
    }
    Catalogue loaded;
    try {
      loaded = CatalogueLoader.load(catalogue);
    } catch (CatalogueException e) {
      throw new Refusal("--catalogue: " + e.getMessage());
    }
    if (region != null && !region.equals(loaded.region().code())) {
      throw new Refusal(
          "--region "
              + region
              + " does not match the catalogue's region.code '"
              + loaded.region().code()
              + "' ("
              + catalogue
              + ")");
    }
    return Optional.of(new CatalogueSource(loaded, catalogue));
  }

  /** The catalogue the existing config names, where init left it (or an operator put it). */
  private static Optional<Path> installed(Layout layout, Optional<ObjectNode> existing) {
    return ConfigJson.text(existing, KioskConfigFile.CATALOGUE_PATH)
        .map(path -> layout.path(Layout.ETC).resolve(path).normalize());
  }

  /**
   * An installed catalogue of the same region with a higher version (from update-catalogue or the
   * agent) is kept: running init again with the catalogue it was first given must not go back in
   * time. Without --catalogue, a catalogue the tool installed is kept too, and moved to where the
   * agent can keep it current when it is still in {@value Layout#ETC}; one an operator put
   * elsewhere is left where it is.
   */
  private Optional<CatalogueSource> keepNewerInstalled(
      Layout layout, Optional<Path> installed, Optional<CatalogueSource> given, PrintWriter out) {
    if (installed.isEmpty() || !Files.exists(installed.get())) {
      return given;
    }
    Catalogue current;
    try {
      current = CatalogueLoader.load(installed.get());
    } catch (CatalogueException e) {
      // A broken installed catalogue is simply replaced by the given one.
      return given;
    }
    if (given.isEmpty()) {
      boolean installedByTheTool =
          installed.get().equals(layout.path(Layout.ETC_CATALOGUE))
              || installed.get().equals(layout.path(Layout.CATALOGUE));
      return installedByTheTool
          ? Optional.of(new CatalogueSource(current, installed.get()))
          : given;
    }
    Catalogue wanted = given.get().catalogue();
    if (current.region().code().equals(wanted.region().code())
        && current.version() > wanted.version()) {
      out.printf(
          "keeping the installed catalogue version %d (--catalogue is version %d)%n",
          current.version(), wanted.version());
      return Optional.of(new CatalogueSource(current, installed.get()));
    }
    return given;
  }

  /**
   * The staff PIN hash for the config. A PIN that matches the hash already there keeps that hash,
   * so a re-run with the same PIN changes nothing (a fresh hash has a fresh salt).
   */
  private String staffPinHash(Optional<ObjectNode> existing) throws Refusal {
    Optional<String> current = ConfigJson.text(existing, KioskConfigFile.STAFF_PIN_HASH);
    if (pin == null) {
      return current.orElseThrow(
          () -> new Refusal("--staff-pin-file or --staff-pin-hash is needed for a new kiosk"));
    }
    if (pin.hash != null) {
      try {
        PinHash.parse(pin.hash);
      } catch (IllegalArgumentException e) {
        throw new Refusal("--staff-pin-hash " + e.getMessage());
      }
      return pin.hash;
    }
    return pinHash(current, pin.file, "--staff-pin-file");
  }

  /** The hash of the PIN in {@code file}; {@code current} when it is the same PIN. */
  private static String pinHash(Optional<String> current, Path file, String option) throws Refusal {
    char[] digits = readPin(file, option);
    if (!PinHash.PIN.matcher(new String(digits)).matches()) {
      throw new Refusal(option + ": a PIN is 4 to 8 digits");
    }
    if (current.isPresent()) {
      try {
        if (PinHash.parse(current.get()).matches(digits)) {
          return current.get();
        }
      } catch (IllegalArgumentException e) {
        // The old hash is unreadable: replace it with a good one.
      }
    }
    return PinHash.create(digits, PinHash.DEFAULT_ITERATIONS).encoded();
  }

  /**
   * The console's keystore and password, checked to open together now: a kiosk whose console
   * keystore does not open refuses to start.
   */
  private Optional<ConsoleFiles> consoleFiles() throws Refusal {
    if (console == null) {
      return Optional.empty();
    }
    byte[] keystore;
    byte[] password;
    try {
      keystore = Files.readAllBytes(console.keystore);
    } catch (IOException e) {
      throw new Refusal("--console-keystore: cannot read " + console.keystore + ": " + e);
    }
    try {
      password = Files.readAllBytes(console.keystorePassword);
    } catch (IOException e) {
      throw new Refusal(
          "--console-keystore-password-file: cannot read " + console.keystorePassword + ": " + e);
    }
    try {
      KeyStore.getInstance("PKCS12")
          .load(
              new ByteArrayInputStream(keystore),
              // Read as the kiosk reads it: the first line, stripped.
              new String(password, StandardCharsets.UTF_8)
                  .lines()
                  .findFirst()
                  .orElse("")
                  .strip()
                  .toCharArray());
    } catch (GeneralSecurityException | IOException e) {
      throw new Refusal(
          "--console-keystore: "
              + console.keystore
              + " does not open as a PKCS12 keystore with the password in "
              + console.keystorePassword
              + " ("
              + e.getMessage()
              + ")");
    }
    return Optional.of(new ConsoleFiles(keystore, password));
  }

  private static char[] readPin(Path file, String option) throws Refusal {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return lines.isEmpty() ? new char[0] : lines.get(0).strip().toCharArray();
    } catch (IOException e) {
      throw new Refusal(option + ": cannot read " + file + ": " + e.getMessage());
    }
  }

  /** An option the tool refuses, before anything is written. */
  private static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    Refusal(String message) {
      super(message);
    }
  }

  /** The shipped profile names, for the help text. */
  static final class ShippedProfiles extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    ShippedProfiles() {
      super(HardwareProfiles.SHIPPED);
    }
  }
}
