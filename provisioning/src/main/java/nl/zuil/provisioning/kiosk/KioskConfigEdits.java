package nl.zuil.provisioning.kiosk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zuil.hardware.profile.KioskProfiles;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigException;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigFile;
import nl.zuil.provisioning.files.Layout;

/**
 * The tool's changes to the kiosk's config file: {@code init} writes the fields it owns, {@code
 * update-catalogue} moves the catalogue. The kiosk's own reader ({@link KioskConfigFile}) decides
 * whether the result is valid. Paths are relative to {@value Layout#ETC}, so the file works on the
 * kiosk and under a test or demo root alike.
 */
public final class KioskConfigEdits {

  /** The command-line option behind each field {@code init} writes, for error messages. */
  private static final Map<String, String> OPTIONS =
      Map.ofEntries(
          Map.entry("location.code", "--location-code"),
          Map.entry("location.name", "--location-name"),
          Map.entry("kioskCode", "--kiosk-code"),
          Map.entry("desk.code", "--desk-code"),
          Map.entry("desk.name", "--desk-name"),
          Map.entry("retentionDays", "--retention-days"),
          Map.entry("printer.profile", "--profile"),
          Map.entry("printer.device", "--printer-device"),
          Map.entry(KioskConfigFile.STAFF_PIN_HASH, "--staff-pin-hash"),
          Map.entry(KioskConfigFile.CATALOGUE_PATH, "--catalogue"),
          Map.entry(KioskConfigFile.CONSOLE + ".bindAddress", "--console-address"),
          Map.entry(KioskConfigFile.CONSOLE + ".port", "--console-port"));

  private KioskConfigEdits() {}

  /**
   * {@code owned} over {@code existing}: what someone added by hand survives a re-run, also inside
   * the console section (its {@code desks} and {@code sessionMinutes}, which init does not write).
   */
  public static String render(Optional<ObjectNode> existing, KioskConfigFile.Written owned) {
    ObjectNode merged = ConfigJson.merge(existing, owned.toJson());
    Optional<ObjectNode> oldConsole =
        existing
            .map(old -> old.get(KioskConfigFile.CONSOLE))
            .filter(ObjectNode.class::isInstance)
            .map(ObjectNode.class::cast);
    if (owned.console() != null && oldConsole.isPresent()) {
      merged.set(
          KioskConfigFile.CONSOLE,
          ConfigJson.merge(oldConsole, (ObjectNode) merged.get(KioskConfigFile.CONSOLE)));
    }
    return ConfigJson.render(merged);
  }

  /** Points the console's sync line at the agent's health report, keeping everything else. */
  public static String withAgentHealth(String json) {
    ObjectNode updated = (ObjectNode) ConfigJson.parse(json);
    updated.put(KioskConfigFile.AGENT_HEALTH_FILE, Layout.fromConfigFolder(Layout.AGENT_HEALTH));
    return ConfigJson.render(updated);
  }

  /** Sets the catalogue path, keeping everything else as it is. */
  public static String withCatalogue(ObjectNode existing, String cataloguePath) {
    ObjectNode updated = existing.deepCopy();
    updated.put(KioskConfigFile.CATALOGUE_PATH, cataloguePath);
    return ConfigJson.render(updated);
  }

  /**
   * Checks {@code json} with the kiosk's own reader, as if it were the file in {@code folder}.
   *
   * @throws KioskConfigException listing every wrong field, each with its option where it has one
   */
  public static KioskConfig validate(String json, Path folder) throws KioskConfigException {
    try {
      return KioskConfigFile.parse(json, folder, Layout.KIOSK_CONFIG, KioskProfiles.SCREENS);
    } catch (KioskConfigException e) {
      List<String> named = e.problems().stream().map(KioskConfigEdits::withOption).toList();
      throw new KioskConfigException(Layout.KIOSK_CONFIG, named);
    }
  }

  /**
   * {@code location.code (line 3): ...} becomes {@code location.code (--location-code): ...}: the
   * operator typed an option, and the file with that line was never written.
   */
  private static String withOption(String problem) {
    int space = problem.indexOf(' ');
    int colon = problem.indexOf("): ");
    String field = space < 0 ? "" : problem.substring(0, space);
    String option = OPTIONS.get(field);
    return option == null || colon < 0
        ? problem
        : field + " (" + option + ")" + problem.substring(colon + 1);
  }
}
