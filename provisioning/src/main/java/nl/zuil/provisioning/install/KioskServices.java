package nl.zuil.provisioning.install;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.zuil.provisioning.files.Layout;
import nl.zuil.provisioning.files.Mode;
import nl.zuil.provisioning.files.Owner;

/**
 * What {@code install} puts on a kiosk: the two systemd units, the kiosk's PAM session, the log
 * rotation, and the systemctl commands that start it all at boot and lock the machine down.
 */
public final class KioskServices {

  public static final String KIOSK_UNIT = "zuil-kiosk.service";
  public static final String AGENT_UNIT = "zuil-sync-agent.service";

  /**
   * Where the installed programs are.
   *
   * @param appDir holds {@code lib/} with every Zuil jar and its dependencies
   * @param tty the console the kiosk's session takes
   * @param kiosk the command that starts the kiosk's JVM, up to its arguments
   * @param writtenBy the first line of every file: who put it there and how to change it
   */
  public record Settings(
      String java, String cage, String appDir, String tty, String kiosk, String writtenBy) {

    /**
     * The kiosk's JVM started straight from {@code java}, as {@code install} does for a kiosk built
     * from source; the zuil-kiosk package starts it through its own start script instead.
     */
    public Settings(String java, String cage, String appDir, String tty, String writtenBy) {
      this(
          java,
          cage,
          appDir,
          tty,
          java
              + " -Djavafx.cachedir=/var/cache/zuil-kiosk -cp "
              + appDir
              + "/lib/* nl.zuil.kiosk.KioskMain",
          writtenBy);
    }

    /** What {@code install} writes: the tool put the files there and owns them. */
    public static final String BY_INSTALL =
        "Written by zuil-provision install: run it again instead of editing this file.";

    public static final Settings DEFAULT =
        new Settings("/usr/bin/java", "/usr/bin/cage", "/opt/zuil", "tty7", BY_INSTALL);
  }

  /** One file to write. */
  public record InstalledFile(String path, String content, Mode mode, Owner owner) {}

  private KioskServices() {}

  public static List<InstalledFile> files(Settings settings) {
    Map<String, String> values =
        Map.of(
            "java", settings.java(),
            "cage", settings.cage(),
            "appDir", settings.appDir(),
            "tty", settings.tty(),
            "kiosk", settings.kiosk(),
            "writtenBy", settings.writtenBy());
    return List.of(
        new InstalledFile(
            Layout.UNITS + "/" + KIOSK_UNIT,
            fill("zuil-kiosk.service", values),
            Mode.PUBLIC_READ,
            Owner.ROOT),
        new InstalledFile(
            Layout.UNITS + "/" + AGENT_UNIT,
            fill("zuil-sync-agent.service", values),
            Mode.PUBLIC_READ,
            Owner.ROOT),
        new InstalledFile(
            "/etc/pam.d/zuil-kiosk", fill("zuil-kiosk.pam", values), Mode.PUBLIC_READ, Owner.ROOT),
        new InstalledFile(
            "/etc/logrotate.d/zuil", fill("zuil.logrotate", values), Mode.PUBLIC_READ, Owner.ROOT));
  }

  /**
   * The systemctl commands; the reload and restart only when a unit changed, the rest always (they
   * change nothing when already done).
   */
  public static List<List<String>> commands(boolean unitsChanged) {
    List<List<String>> commands = new ArrayList<>();
    if (unitsChanged) {
      commands.add(List.of("systemctl", "daemon-reload"));
    }
    commands.add(List.of("systemctl", "enable", KIOSK_UNIT, AGENT_UNIT));
    commands.add(List.of("systemctl", "set-default", "graphical.target"));
    // Lock-down: no reboot from the keyboard, no sleeping kiosk.
    commands.add(
        List.of(
            "systemctl",
            "mask",
            "ctrl-alt-del.target",
            "sleep.target",
            "suspend.target",
            "hibernate.target",
            "hybrid-sleep.target"));
    if (unitsChanged) {
      commands.add(List.of("systemctl", "restart", AGENT_UNIT, KIOSK_UNIT));
    }
    return commands;
  }

  private static String fill(String template, Map<String, String> values) {
    String text = resource(template);
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("${" + value.getKey() + "}", value.getValue());
    }
    if (text.contains("${")) {
      throw new IllegalStateException(template + " has a placeholder without a value");
    }
    return text;
  }

  private static String resource(String name) {
    try (InputStream in = KioskServices.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
