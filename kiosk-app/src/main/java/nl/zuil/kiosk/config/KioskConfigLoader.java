package nl.zuil.kiosk.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.zuil.catalogue.Codes;
import nl.zuil.hardware.profile.HardwareProfile;
import nl.zuil.hardware.profile.HardwareProfiles;
import nl.zuil.hardware.profile.Orientation;
import nl.zuil.hardware.profile.ProfileException;
import nl.zuil.hardware.profile.ScreenProfile;
import nl.zuil.kiosk.config.KioskConfig.Console;
import nl.zuil.kiosk.config.KioskConfig.Desk;
import nl.zuil.kiosk.config.KioskConfig.Printer;

/**
 * Reads a kiosk config file. Walks the JSON itself instead of binding it, so that every problem is
 * reported with the field it is in, all at once: an installer fixes the file in one round.
 */
public final class KioskConfigLoader {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final Pattern PROFILE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final int MAX_NAME = 60;
  private static final int MAX_DESKS = 20;
  private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
  // With a colon in it, InetAddress reads the text as an IPv6 literal and never asks DNS.
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

  private final List<String> problems = new ArrayList<>();
  private final Path folder;

  private KioskConfigLoader(Path folder) {
    this.folder = folder;
  }

  public static KioskConfig load(Path file) throws KioskConfigException {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new KioskConfigException(file.toString(), List.of("cannot be read: " + e));
    }
    Path folder = file.toAbsolutePath().getParent();
    return parse(json, folder, file.toString());
  }

  /**
   * @param folder where relative paths in the config start
   * @param source names the file in error messages
   */
  public static KioskConfig parse(String json, Path folder, String source)
      throws KioskConfigException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new KioskConfigException(
          source, List.of("line " + line + ": not valid JSON: " + e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new KioskConfigException(source, List.of("must be a JSON object { ... }"));
    }
    KioskConfigLoader loader = new KioskConfigLoader(folder);
    KioskConfig config = loader.read(root);
    if (!loader.problems.isEmpty()) {
      throw new KioskConfigException(source, loader.problems);
    }
    return config;
  }

  private KioskConfig read(JsonNode root) {
    allowOnly(
        root,
        "",
        Set.of(
            "location",
            "kioskCode",
            "desk",
            "ledgerPath",
            "retentionDays",
            "cataloguePath",
            "printer",
            "screen",
            "idle",
            "staffPinHash",
            "console",
            "agentHealthFile"));
    JsonNode location = object(root, "location", Set.of("code", "name"));
    String locationCode = slug(location, "location.code");
    String locationName = name(location, "location.name");
    String kioskCode = slug(root, "kioskCode");
    JsonNode desk = object(root, "desk", Set.of("code", "name"));
    Desk deskConfig = new Desk(slug(desk, "desk.code"), name(desk, "desk.name"));
    Path ledger = ledgerPath(root);
    int retention = integer(root, "retentionDays", 90, 1, 3650);
    Optional<Path> catalogue = optionalText(root, "cataloguePath").map(this::resolve);
    catalogue
        .filter(p -> !Files.isReadable(p))
        .ifPresent(p -> problem("cataloguePath", "no readable file at " + p));
    Printer printer = printer(object(root, "printer", Set.of("profile", "device")));
    // The hardware profile describes the kit's screen; a config says "screen" only for a kit
    // whose screen differs from its profile's.
    ScreenGeometry screen =
        root.has("screen")
            ? screen(
                object(
                    root,
                    "screen",
                    Set.of("orientation", "widthPx", "heightPx", "widthMm", "heightMm")))
            : Optional.ofNullable(printer.hardware())
                .map(h -> fromProfile(h.screen()))
                .orElse(null);
    IdleTimeouts idle = idle(root);
    PinHash pin = pin(root, "staffPinHash");
    Optional<Console> console = console(root, deskConfig);
    Optional<Path> agentHealth = optionalText(root, "agentHealthFile").map(this::resolve);
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

  private Path ledgerPath(JsonNode root) {
    String text = text(root, "ledgerPath");
    if (text == null) {
      return null;
    }
    Path path = resolve(text);
    if (path.getParent() == null || !Files.isDirectory(path.getParent())) {
      problem("ledgerPath", "folder " + path.getParent() + " does not exist");
    }
    return path;
  }

  private Printer printer(JsonNode printer) {
    String profile = text(printer, "printer.profile");
    HardwareProfile hardware = null;
    if (profile != null && !PROFILE.matcher(profile).matches()) {
      problem("printer.profile", "'" + profile + "' is not a hardware profile name");
    } else if (profile != null) {
      try {
        hardware =
            profile.endsWith(".json")
                ? HardwareProfiles.load(resolve(profile))
                : HardwareProfiles.load(profile);
      } catch (ProfileException e) {
        problem(
            "printer.profile",
            e.getMessage().replace("\n", " ")
                + " (shipped profiles: "
                + String.join(", ", HardwareProfiles.SHIPPED)
                + ")");
      }
    }
    Optional<String> device =
        optionalText(printer, "printer.device").map(d -> resolve(d).toString());
    return new Printer(profile, device, hardware);
  }

  /**
   * The screen as mounted. Profiles give the panel's native size (most panels are landscape) and
   * how it hangs, so a panel turned to portrait swaps its sides.
   */
  private static ScreenGeometry fromProfile(ScreenProfile panel) {
    boolean portrait = panel.orientation() == Orientation.PORTRAIT;
    boolean nativeTall = panel.heightPx() > panel.widthPx();
    boolean turned = portrait != nativeTall;
    return new ScreenGeometry(
        portrait ? ScreenOrientation.PORTRAIT : ScreenOrientation.LANDSCAPE,
        turned ? panel.heightPx() : panel.widthPx(),
        turned ? panel.widthPx() : panel.heightPx(),
        turned ? panel.heightMm() : panel.widthMm(),
        turned ? panel.widthMm() : panel.heightMm());
  }

  private ScreenGeometry screen(JsonNode screen) {
    String orientationText = text(screen, "screen.orientation");
    ScreenOrientation orientation = null;
    if ("portrait".equals(orientationText)) {
      orientation = ScreenOrientation.PORTRAIT;
    } else if ("landscape".equals(orientationText)) {
      orientation = ScreenOrientation.LANDSCAPE;
    } else if (orientationText != null) {
      problem("screen.orientation", "must be \"portrait\" or \"landscape\"");
    }
    int widthPx = integer(screen, "screen.widthPx", null, 320, 10_000);
    int heightPx = integer(screen, "screen.heightPx", null, 320, 10_000);
    double widthMm = number(screen, "screen.widthMm", 50, 3000);
    double heightMm = number(screen, "screen.heightMm", 50, 3000);
    if (orientation != null && widthPx > 0 && heightPx > 0) {
      boolean tall = heightPx > widthPx;
      if (tall != (orientation == ScreenOrientation.PORTRAIT)) {
        problem(
            "screen.orientation",
            orientationText + " does not match " + widthPx + "x" + heightPx + " pixels");
      }
    }
    if (widthPx > 0 && heightPx > 0 && widthMm > 0 && heightMm > 0) {
      double horizontal = widthPx / widthMm;
      double vertical = heightPx / heightMm;
      // Screen pixels are square: a mismatch means width and height were swapped in one unit.
      if (Math.abs(horizontal - vertical) / Math.max(horizontal, vertical) > 0.1) {
        problem(
            "screen.widthMm",
            "width and height in mm do not match the pixels (swapped?): "
                + Math.round(horizontal * 10) / 10.0
                + " px/mm across, "
                + Math.round(vertical * 10) / 10.0
                + " px/mm down");
      }
    }
    return new ScreenGeometry(orientation, widthPx, heightPx, widthMm, heightMm);
  }

  private IdleTimeouts idle(JsonNode root) {
    JsonNode idle = root.get("idle");
    if (idle == null || idle.isNull()) {
      return IdleTimeouts.DEFAULT;
    }
    if (!idle.isObject()) {
      problem("idle", "must be an object { ... }");
      return IdleTimeouts.DEFAULT;
    }
    allowOnly(idle, "idle.", Set.of("ticketSeconds", "otherSeconds", "countdownSeconds"));
    int ticket = integer(idle, "idle.ticketSeconds", 30, 10, 600);
    int other = integer(idle, "idle.otherSeconds", 60, 20, 600);
    int countdown = integer(idle, "idle.countdownSeconds", 20, 5, 600);
    if (countdown >= other && other > 0) {
      problem("idle.countdownSeconds", "must be shorter than idle.otherSeconds (" + other + ")");
    }
    return new IdleTimeouts(
        Duration.ofSeconds(ticket), Duration.ofSeconds(other), Duration.ofSeconds(countdown));
  }

  private Optional<Console> console(JsonNode root, Desk own) {
    if (!root.has("console") || root.get("console").isNull()) {
      return Optional.empty();
    }
    JsonNode console =
        object(
            root,
            "console",
            Set.of(
                "bindAddress",
                "port",
                "keystorePath",
                "keystorePasswordFile",
                "gidsPinHash",
                "sessionMinutes",
                "desks"));
    String address = bindAddress(console);
    int port = integer(console, "console.port", null, 1024, 65_535);
    Path keystore = readableFile(console, "console.keystorePath");
    Path passwordFile = readableFile(console, "console.keystorePasswordFile");
    PinHash gidsPin = pin(console, "console.gidsPinHash");
    int minutes = integer(console, "console.sessionMinutes", 30, 5, 240);
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
  private List<Desk> desks(JsonNode console, Desk own) {
    JsonNode desks = console.get("desks");
    if (desks == null || desks.isNull()) {
      return own.code() == null || own.name() == null ? List.of() : List.of(own);
    }
    if (!desks.isArray() || desks.isEmpty() || desks.size() > MAX_DESKS) {
      problem("console.desks", "must be a list of 1 to " + MAX_DESKS + " desks { code, name }");
      return List.of();
    }
    List<Desk> list = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < desks.size(); i++) {
      String field = "console.desks[" + i + "]";
      JsonNode desk = desks.get(i);
      if (!desk.isObject()) {
        problem(field, "must be an object { code, name }");
        continue;
      }
      allowOnly(desk, field + ".", Set.of("code", "name"));
      Desk read = new Desk(slug(desk, field + ".code"), name(desk, field + ".name"));
      if (read.code() != null && !codes.add(read.code())) {
        problem(field + ".code", "'" + read.code() + "' is used twice");
      }
      list.add(read);
    }
    return list;
  }

  /**
   * An address literal, so that start-up never waits for DNS, and never a wildcard: the console
   * must not appear on a network it was not meant for, such as a library's public wifi.
   */
  private String bindAddress(JsonNode console) {
    String value = text(console, "console.bindAddress");
    if (value == null) {
      return null;
    }
    boolean v4 = IPV4.matcher(value).matches();
    if (v4 && Arrays.stream(value.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)
        || !v4 && !IPV6.matcher(value).matches()) {
      problem(
          "console.bindAddress",
          "'" + value + "' must be an IP address of this kiosk, such as 192.168.1.20");
      return value;
    }
    try {
      InetAddress address = InetAddress.getByName(value);
      if (address.isAnyLocalAddress()) {
        problem(
            "console.bindAddress",
            value
                + " would listen on every network; name the address on the inlooppunt's own"
                + " network");
      }
    } catch (UnknownHostException e) {
      problem("console.bindAddress", "'" + value + "' is not an IP address");
    }
    return value;
  }

  private Path readableFile(JsonNode parent, String field) {
    String text = text(parent, field);
    if (text == null) {
      return null;
    }
    Path path = resolve(text);
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      problem(field, "no readable file at " + path);
    }
    return path;
  }

  private PinHash pin(JsonNode parent, String field) {
    String stored = text(parent, field);
    if (stored == null) {
      return null;
    }
    try {
      return PinHash.parse(stored);
    } catch (IllegalArgumentException e) {
      problem(
          field,
          e.getMessage()
              + "; make one with: java -cp 'kiosk-app/target/classes:kiosk-app/target/lib/*' "
              + HashPinMain.class.getName());
      return null;
    }
  }

  private Path resolve(String text) {
    Path path = Path.of(text);
    return (path.isAbsolute() ? path : folder.resolve(path)).normalize();
  }

  private JsonNode object(JsonNode parent, String field, Set<String> allowed) {
    JsonNode node = parent.get(leaf(field));
    if (node == null || node.isNull()) {
      problem(field, "missing");
      return MAPPER.createObjectNode();
    }
    if (!node.isObject()) {
      problem(field, "must be an object { ... }");
      return MAPPER.createObjectNode();
    }
    allowOnly(node, field + ".", allowed);
    return node;
  }

  private void allowOnly(JsonNode node, String prefix, Set<String> allowed) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        problem(prefix + name, "unknown field (known: " + String.join(", ", sorted(allowed)) + ")");
      }
    }
  }

  private static List<String> sorted(Set<String> names) {
    List<String> list = new ArrayList<>(names);
    list.sort(null);
    return list;
  }

  private String text(JsonNode parent, String field) {
    JsonNode node = parent.get(leaf(field));
    if (node == null || node.isNull()) {
      problem(field, "missing");
      return null;
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      problem(field, "must be a non-empty text");
      return null;
    }
    return node.asText().strip();
  }

  private Optional<String> optionalText(JsonNode parent, String field) {
    JsonNode node = parent.get(leaf(field));
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    return Optional.ofNullable(text(parent, field));
  }

  private String slug(JsonNode parent, String field) {
    String value = text(parent, field);
    if (value != null && !Codes.SLUG.matcher(value).matches()) {
      problem(
          field,
          "'"
              + value
              + "' must be lower-case letters, digits and '-', start with a letter, at most 40"
              + " long, with no five digits in a row");
    }
    return value;
  }

  private String name(JsonNode parent, String field) {
    String value = text(parent, field);
    if (value != null
        && (value.length() > MAX_NAME || value.chars().anyMatch(Character::isISOControl))) {
      problem(field, "must be one line of at most " + MAX_NAME + " characters");
    }
    return value;
  }

  private int integer(JsonNode parent, String field, Integer fallback, int min, int max) {
    JsonNode node = parent.get(leaf(field));
    if (node == null || node.isNull()) {
      if (fallback == null) {
        problem(field, "missing");
        return 0;
      }
      return fallback;
    }
    if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
      problem(field, "must be a whole number from " + min + " to " + max);
      return 0;
    }
    return node.asInt();
  }

  private double number(JsonNode parent, String field, double min, double max) {
    JsonNode node = parent.get(leaf(field));
    if (node == null || node.isNull()) {
      problem(field, "missing");
      return 0;
    }
    if (!node.isNumber() || node.asDouble() < min || node.asDouble() > max) {
      problem(field, "must be a number from " + (int) min + " to " + (int) max);
      return 0;
    }
    return node.asDouble();
  }

  private static String leaf(String field) {
    return field.substring(field.lastIndexOf('.') + 1);
  }

  private void problem(String field, String message) {
    problems.add(field + ": " + message);
  }
}
