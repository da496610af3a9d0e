package nl.zuil.kioskfiles.kioskconfig;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import nl.zuil.catalogue.Codes;
import nl.zuil.json.JsonFields;
import nl.zuil.json.JsonProblem;
import nl.zuil.json.JsonTree;
import nl.zuil.json.StrictJson;
import nl.zuil.json.StrictJsonException;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig.Console;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig.Desk;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig.Printer;

/**
 * The kiosk's config file ({@code /etc/zuil/kiosk.json}): read by the kiosk and the provisioning
 * tool, written by the tool's {@code init}. Read field by field, so that every problem is reported
 * with its field and line, all at once: an installer fixes the file in one round.
 */
public final class KioskConfigFile {

  /** The one field the tool changes on its own, when it moves the catalogue. */
  public static final String CATALOGUE_PATH = "cataloguePath";

  public static final String AGENT_HEALTH_FILE = "agentHealthFile";

  /** The fields the provisioning tool reads from a file it may not be able to load whole. */
  public static final String STAFF_PIN_HASH = "staffPinHash";

  public static final String CONSOLE = "console";
  public static final String KEYSTORE_PATH = "keystorePath";
  public static final String KEYSTORE_PASSWORD_FILE = "keystorePasswordFile";
  public static final String GIDS_PIN_HASH = "gidsPinHash";

  private static final Pattern PROFILE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final int MAX_NAME = 60;
  private static final int MAX_DESKS = 20;
  private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
  // With a colon in it, InetAddress reads the text as an IPv6 literal and never asks DNS.
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

  /**
   * What {@code init} writes; a field left {@code null} is not written, so that what someone added
   * by hand survives (the tool merges this into the file it finds). Paths as in the file: relative
   * to its folder.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Written(
      Named location,
      String kioskCode,
      Named desk,
      String ledgerPath,
      Integer retentionDays,
      String cataloguePath,
      WrittenPrinter printer,
      String staffPinHash,
      WrittenConsole console) {

    /** The fields as a JSON object, in this order. */
    public ObjectNode toJson() {
      return (ObjectNode) StrictJson.tree(this);
    }
  }

  /** A location or desk as written: its code and the name people read. */
  public record Named(String code, String name) {}

  /** The printer as written. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record WrittenPrinter(String profile, String device) {}

  /** The gids console as written; {@code sessionMinutes} and {@code desks} are left to the file. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record WrittenConsole(
      String bindAddress,
      Integer port,
      String keystorePath,
      String keystorePasswordFile,
      String gidsPinHash) {}

  private final Path folder;
  private final ProfileScreens profiles;

  private KioskConfigFile(Path folder, ProfileScreens profiles) {
    this.folder = folder;
    this.profiles = profiles;
  }

  public static KioskConfig load(Path file, ProfileScreens profiles) throws KioskConfigException {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new KioskConfigException(file.toString(), List.of("cannot be read: " + e));
    }
    return parse(json, file.toAbsolutePath().getParent(), file.toString(), profiles);
  }

  /**
   * @param folder where relative paths in the config start
   * @param source names the file in error messages
   */
  public static KioskConfig parse(String json, Path folder, String source, ProfileScreens profiles)
      throws KioskConfigException {
    try {
      JsonTree tree = JsonTree.parse(json);
      KioskConfig config = new KioskConfigFile(folder, profiles).read(tree.root());
      tree.throwIfProblems();
      return config;
    } catch (StrictJsonException e) {
      throw new KioskConfigException(
          source, e.problems().stream().map(JsonProblem::toString).toList());
    }
  }

  private KioskConfig read(JsonFields root) {
    root.allowOnly(
        Set.of(
            "location",
            "kioskCode",
            "desk",
            "ledgerPath",
            "retentionDays",
            CATALOGUE_PATH,
            "printer",
            "screen",
            "idle",
            STAFF_PIN_HASH,
            CONSOLE,
            "agentHealthFile"));
    JsonFields location = object(root, "location", Set.of("code", "name"));
    String locationCode = slug(location, "code");
    String locationName = name(location, "name");
    String kioskCode = slug(root, "kioskCode");
    JsonFields desk = object(root, "desk", Set.of("code", "name"));
    Desk deskConfig = new Desk(slug(desk, "code"), name(desk, "name"));
    Path ledger = ledgerPath(root);
    int retention = (int) root.wholeNumber("retentionDays", 1, 3650).orElse(90);
    Optional<Path> catalogue = root.text(CATALOGUE_PATH).map(this::resolve);
    catalogue
        .filter(p -> !Files.isReadable(p))
        .ifPresent(p -> root.problem(CATALOGUE_PATH, "no readable file at " + p));
    JsonFields printerFields = object(root, "printer", Set.of("profile", "device"));
    Printer printer = printer(printerFields);
    // The hardware profile describes the kit's screen; a config says "screen" only for a kit
    // whose screen differs from its profile's.
    ScreenGeometry profileScreen = profileScreen(printerFields, printer);
    ScreenGeometry screen =
        root.has("screen")
            ? screen(
                object(
                    root,
                    "screen",
                    Set.of("orientation", "widthPx", "heightPx", "widthMm", "heightMm")))
            : profileScreen;
    IdleTimeouts idle = idle(root);
    PinHash pin = pin(root, STAFF_PIN_HASH);
    Optional<Console> console = console(root, deskConfig);
    Optional<Path> agentHealth = root.text("agentHealthFile").map(this::resolve);
    return new KioskConfig(
        locationCode,
        locationName,
        kioskCode,
        deskConfig,
        ledger,
        retention,
        catalogue,
        printer,
        screen,
        idle,
        pin,
        console,
        agentHealth);
  }

  private Path ledgerPath(JsonFields root) {
    String text = required(root, "ledgerPath");
    if (text == null) {
      return null;
    }
    Path path = resolve(text);
    if (path.getParent() == null || !Files.isDirectory(path.getParent())) {
      root.problem("ledgerPath", "folder " + path.getParent() + " does not exist");
    }
    return path;
  }

  private Printer printer(JsonFields printer) {
    String profile = required(printer, "profile");
    Optional<Path> profileFile = Optional.empty();
    if (profile != null && !PROFILE.matcher(profile).matches()) {
      printer.problem("profile", "'" + profile + "' is not a hardware profile name");
      profile = null;
    } else if (profile != null && profile.endsWith(".json")) {
      profileFile = Optional.of(resolve(profile));
    }
    Optional<String> device = printer.text("device").map(d -> resolve(d).toString());
    return new Printer(profile, profileFile, device);
  }

  /** The screen the printer's profile describes; null when the profile cannot be loaded. */
  private ScreenGeometry profileScreen(JsonFields fields, Printer printer) {
    if (printer.profile() == null) {
      return null;
    }
    try {
      return profiles.screenOf(printer.profile(), printer.profileFile().orElse(null));
    } catch (IllegalArgumentException e) {
      fields.problem("profile", e.getMessage().replace("\n", " "));
      return null;
    }
  }

  private ScreenGeometry screen(JsonFields screen) {
    String orientationText = required(screen, "orientation");
    ScreenOrientation orientation = null;
    if ("portrait".equals(orientationText)) {
      orientation = ScreenOrientation.PORTRAIT;
    } else if ("landscape".equals(orientationText)) {
      orientation = ScreenOrientation.LANDSCAPE;
    } else if (orientationText != null) {
      screen.problem("orientation", "must be \"portrait\" or \"landscape\"");
    }
    int widthPx = (int) requiredWhole(screen, "widthPx", 320, 10_000);
    int heightPx = (int) requiredWhole(screen, "heightPx", 320, 10_000);
    double widthMm = requiredNumber(screen, "widthMm", 50, 3000);
    double heightMm = requiredNumber(screen, "heightMm", 50, 3000);
    if (orientation != null && widthPx > 0 && heightPx > 0) {
      boolean tall = heightPx > widthPx;
      if (tall != (orientation == ScreenOrientation.PORTRAIT)) {
        screen.problem(
            "orientation",
            orientationText + " does not match " + widthPx + "x" + heightPx + " pixels");
      }
    }
    if (widthPx > 0 && heightPx > 0 && widthMm > 0 && heightMm > 0) {
      double horizontal = widthPx / widthMm;
      double vertical = heightPx / heightMm;
      // Screen pixels are square: a mismatch means width and height were swapped in one unit.
      if (Math.abs(horizontal - vertical) / Math.max(horizontal, vertical) > 0.1) {
        screen.problem(
            "widthMm",
            "width and height in mm do not match the pixels (swapped?): "
                + Math.round(horizontal * 10) / 10.0
                + " px/mm across, "
                + Math.round(vertical * 10) / 10.0
                + " px/mm down");
      }
    }
    return new ScreenGeometry(orientation, widthPx, heightPx, widthMm, heightMm);
  }

  private IdleTimeouts idle(JsonFields root) {
    if (!root.has("idle")) {
      return IdleTimeouts.DEFAULT;
    }
    Optional<JsonFields> given = root.object("idle");
    if (given.isEmpty()) {
      return IdleTimeouts.DEFAULT;
    }
    JsonFields idle = given.get();
    idle.allowOnly(Set.of("ticketSeconds", "otherSeconds", "countdownSeconds"));
    long ticket = idle.wholeNumber("ticketSeconds", 10, 600).orElse(30);
    OptionalLong otherGiven = idle.wholeNumber("otherSeconds", 20, 600);
    long other = otherGiven.orElse(idle.has("otherSeconds") ? 0 : 60);
    long countdown = idle.wholeNumber("countdownSeconds", 5, 600).orElse(20);
    if (countdown >= other && other > 0) {
      idle.problem("countdownSeconds", "must be shorter than idle.otherSeconds (" + other + ")");
    }
    return new IdleTimeouts(
        Duration.ofSeconds(ticket), Duration.ofSeconds(other), Duration.ofSeconds(countdown));
  }

  private Optional<Console> console(JsonFields root, Desk own) {
    if (!root.has(CONSOLE)) {
      return Optional.empty();
    }
    JsonFields console =
        object(
            root,
            CONSOLE,
            Set.of(
                "bindAddress",
                "port",
                KEYSTORE_PATH,
                KEYSTORE_PASSWORD_FILE,
                GIDS_PIN_HASH,
                "sessionMinutes",
                "desks"));
    String address = bindAddress(console);
    int port = (int) requiredWhole(console, "port", 1024, 65_535);
    Path keystore = readableFile(console, KEYSTORE_PATH);
    Path passwordFile = readableFile(console, KEYSTORE_PASSWORD_FILE);
    PinHash gidsPin = pin(console, GIDS_PIN_HASH);
    long minutes = console.wholeNumber("sessionMinutes", 5, 240).orElse(30);
    return Optional.of(
        new Console(
            address,
            port,
            keystore,
            passwordFile,
            gidsPin,
            Duration.ofMinutes(minutes),
            desks(console, own)));
  }

  /** The desks gidsen choose from at login; without the field, the kiosk's own desk only. */
  private List<Desk> desks(JsonFields console, Desk own) {
    if (!console.has("desks")) {
      return own.code() == null || own.name() == null ? List.of() : List.of(own);
    }
    String shape = "a list of 1 to " + MAX_DESKS + " desks { code, name }";
    Optional<List<JsonFields>> desks = console.objects("desks", "an object { code, name }");
    if (desks.isEmpty()) {
      return List.of();
    }
    if (desks.get().isEmpty() || desks.get().size() > MAX_DESKS) {
      console.problem("desks", "must be " + shape);
      return List.of();
    }
    List<Desk> list = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (JsonFields desk : desks.get()) {
      desk.allowOnly(Set.of("code", "name"));
      Desk read = new Desk(slug(desk, "code"), name(desk, "name"));
      if (read.code() != null && !codes.add(read.code())) {
        desk.problem("code", "'" + read.code() + "' is used twice");
      }
      list.add(read);
    }
    return list;
  }

  /**
   * An address literal, so that start-up never waits for DNS, and never a wildcard: the console
   * must not appear on a network it was not meant for, such as a library's public wifi.
   */
  private static String bindAddress(JsonFields console) {
    String value = required(console, "bindAddress");
    if (value == null) {
      return null;
    }
    boolean v4 = IPV4.matcher(value).matches();
    if (v4 && Arrays.stream(value.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)
        || !v4 && !IPV6.matcher(value).matches()) {
      console.problem(
          "bindAddress",
          "'" + value + "' must be an IP address of this kiosk, such as 192.168.1.20");
      return value;
    }
    try {
      InetAddress address = InetAddress.getByName(value);
      if (address.isAnyLocalAddress()) {
        console.problem(
            "bindAddress",
            value
                + " would listen on every network; name the address on the inlooppunt's own"
                + " network");
      }
    } catch (UnknownHostException e) {
      console.problem("bindAddress", "'" + value + "' is not an IP address");
    }
    return value;
  }

  private Path readableFile(JsonFields parent, String field) {
    String text = required(parent, field);
    if (text == null) {
      return null;
    }
    Path path = resolve(text);
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      parent.problem(field, "no readable file at " + path);
    }
    return path;
  }

  private static PinHash pin(JsonFields parent, String field) {
    String stored = required(parent, field);
    if (stored == null) {
      return null;
    }
    try {
      return PinHash.parse(stored);
    } catch (IllegalArgumentException e) {
      parent.problem(
          field,
          e.getMessage()
              + "; make one with: java -cp kiosk-files/target/classes "
              + HashPinMain.class.getName());
      return null;
    }
  }

  private Path resolve(String text) {
    Path path = Path.of(text);
    return (path.isAbsolute() ? path : folder.resolve(path)).normalize();
  }

  /** A required object; an empty stand-in when it is missing, so reading goes on. */
  private static JsonFields object(JsonFields parent, String field, Set<String> allowed) {
    if (!parent.has(field)) {
      parent.problem(field, "missing");
    }
    Optional<JsonFields> object = parent.object(field);
    object.ifPresent(o -> o.allowOnly(allowed));
    return object.orElseGet(() -> parent.emptyObject(field));
  }

  private static String required(JsonFields parent, String field) {
    if (!parent.has(field)) {
      parent.problem(field, "missing");
      return null;
    }
    return parent.text(field).orElse(null);
  }

  private static long requiredWhole(JsonFields parent, String field, long min, long max) {
    if (!parent.has(field)) {
      parent.problem(field, "missing");
      return 0;
    }
    return parent.wholeNumber(field, min, max).orElse(0);
  }

  private static double requiredNumber(JsonFields parent, String field, double min, double max) {
    if (!parent.has(field)) {
      parent.problem(field, "missing");
      return 0;
    }
    return parent.number(field, min, max).orElse(0);
  }

  private static String slug(JsonFields parent, String field) {
    String value = required(parent, field);
    if (value != null && !Codes.SLUG.matcher(value).matches()) {
      parent.problem(
          field,
          "'"
              + value
              + "' must be lower-case letters, digits and '-', start with a letter, at most 40"
              + " long, with no five digits in a row");
    }
    return value;
  }

  private static String name(JsonFields parent, String field) {
    String value = required(parent, field);
    if (value != null
        && (value.length() > MAX_NAME || value.chars().anyMatch(Character::isISOControl))) {
      parent.problem(field, "must be one line of at most " + MAX_NAME + " characters");
    }
    return value;
  }
}
