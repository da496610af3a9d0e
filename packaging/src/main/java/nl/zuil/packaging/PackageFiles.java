package nl.zuil.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import nl.zuil.ledger.store.Migrations;
import nl.zuil.provisioning.install.KioskServices;
import nl.zuil.provisioning.install.KioskServices.InstalledFile;
import nl.zuil.provisioning.install.KioskServices.Settings;

/**
 * Writes what the four packages carry besides the jars, one folder per package: the control files
 * with the version filled in, the systemd units and the kiosk's PAM session and log rotation (from
 * provisioning's {@link KioskServices}, their one definition), the start scripts, the copyright and
 * changelog. Run by the build before jdeb makes the packages (decision 0806).
 */
public final class PackageFiles {

  private static final DateTimeFormatter BUILD_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final DateTimeFormatter CHANGELOG_TIME =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT);

  /**
   * The package's start script (src/deb/kiosk/bin): the kiosk's JVM with its class data sharing
   * archive (decision 0017).
   */
  static final String KIOSK_START = "/usr/bin/zuil-kiosk";

  private static final String MAINTAINER = "Zuil maintainers <zuil@werkcentra.example.org>";

  private final Path sources;
  private final Path out;
  private final Map<String, String> values;
  private final LocalDateTime builtAt;

  PackageFiles(Path sources, Path out, String version, LocalDateTime builtAt) {
    this.sources = sources;
    this.out = out;
    this.builtAt = builtAt;
    this.values =
        Map.of(
            "@VERSION@", version,
            "@MAINTAINER@", MAINTAINER,
            "@LEDGER_SCHEMA@", Integer.toString(Migrations.bundled().latestVersion()));
  }

  /** Arguments: the package sources (src/deb), the output folder, the Maven version. */
  public static void main(String[] args) throws IOException {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    new PackageFiles(Path.of(args[0]), Path.of(args[1]), debianVersion(args[2], now), now)
        .writeAll();
  }

  /**
   * 0.1.0-SNAPSHOT becomes 0.1.0~20261207063000: a snapshot sorts before its release and after
   * every earlier snapshot, so each build is an update of the one before.
   */
  static String debianVersion(String mavenVersion, LocalDateTime builtAt) {
    return mavenVersion.endsWith("-SNAPSHOT")
        ? mavenVersion.replace("-SNAPSHOT", "~" + BUILD_TIME.format(builtAt))
        : mavenVersion;
  }

  void writeAll() throws IOException {
    deleteTree(out);
    for (String name : List.of("kiosk", "agent", "backend", "provision")) {
      copyFilled(sources.resolve(name), out.resolve(name));
      writeDocs(name, "zuil-" + name);
    }
    Settings kiosk = packaged("/usr/share/zuil-kiosk", "zuil-kiosk", KIOSK_START);
    Settings agent = packaged("/usr/share/zuil-agent", "zuil-agent", KIOSK_START);
    for (InstalledFile file : KioskServices.files(kiosk)) {
      if (file.path().endsWith(KioskServices.KIOSK_UNIT)) {
        write(out.resolve("kiosk/units").resolve(KioskServices.KIOSK_UNIT), file.content());
      } else if (file.path().startsWith("/etc/pam.d/")
          || file.path().startsWith("/etc/logrotate.d/")) {
        write(out.resolve("kiosk").resolve(file.path().substring(1)), file.content());
      }
    }
    for (InstalledFile file : KioskServices.files(agent)) {
      if (file.path().endsWith(KioskServices.AGENT_UNIT)) {
        write(out.resolve("agent/units").resolve(KioskServices.AGENT_UNIT), file.content());
      }
    }
  }

  private static Settings packaged(String appDir, String packageName, String kiosk) {
    return new Settings(
        Settings.DEFAULT.java(),
        Settings.DEFAULT.cage(),
        appDir,
        Settings.DEFAULT.tty(),
        kiosk,
        "Installed by the "
            + packageName
            + " package: change a unit with systemctl edit (a drop-in), not here.");
  }

  private void copyFilled(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.filter(Files::isRegularFile).toList()) {
        write(to.resolve(from.relativize(source).toString()), fill(Files.readString(source)));
      }
    }
  }

  private String fill(String text) {
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace(value.getKey(), value.getValue());
    }
    return text;
  }

  private void writeDocs(String folder, String packageName) throws IOException {
    Path doc = out.resolve(folder).resolve("doc");
    write(doc.resolve("copyright"), copyright());
    String changelog =
        packageName
            + " ("
            + values.get("@VERSION@")
            + ") stable; urgency=medium\n\n"
            + "  * Built from the Zuil sources; the changes are in the project's git log.\n\n"
            + " -- "
            + MAINTAINER
            + "  "
            + CHANGELOG_TIME.format(builtAt.atOffset(ZoneOffset.UTC))
            + "\n";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new MaxGzip(bytes)) {
      gz.write(changelog.getBytes(StandardCharsets.UTF_8));
    }
    byte[] gzipped = bytes.toByteArray();
    // The header's XFL byte says "maximum compression", which GZIPOutputStream leaves at 0.
    gzipped[8] = 2;
    Files.write(doc.resolve("changelog.gz"), gzipped);
  }

  /** Debian wants documentation gzipped at the highest level (gzip -9). */
  private static final class MaxGzip extends GZIPOutputStream {
    MaxGzip(OutputStream out) throws IOException {
      super(out);
      def.setLevel(Deflater.BEST_COMPRESSION);
    }
  }

  private static String copyright() {
    return "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        + "Upstream-Name: Zuil\n\n"
        + "Files: *\n"
        + "Copyright: 2026 Zuil contributors\n"
        + "License: EUPL-1.2\n"
        + " The European Union Public Licence, version 1.2:\n"
        + " https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12\n"
        + " The jars under /usr/share/zuil-*/lib other than Zuil's own keep their own\n"
        + " licences, named in each jar's META-INF.\n";
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
