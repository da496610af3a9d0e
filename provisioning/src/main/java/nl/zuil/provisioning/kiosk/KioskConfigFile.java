package nl.zuil.provisioning.kiosk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zuil.kiosk.config.KioskConfig;
import nl.zuil.kiosk.config.KioskConfigException;
import nl.zuil.kiosk.config.KioskConfigLoader;
import nl.zuil.provisioning.files.Layout;

/**
 * The kiosk's config file as {@code init} writes it. The kiosk app's own loader decides whether it
 * is valid; this class only knows which fields {@code init} owns. Paths are relative to {@value
 * Layout#ETC}, so the file works on the kiosk and under a test or demo root alike.
 */
public final class KioskConfigFile {

  /** The command-line option behind each field {@code init} writes, for error messages. */
  private static final Map<String, String> OPTIONS =
      Map.of(
          "location.code", "--location-code",
          "location.name", "--location-name",
          "kioskCode", "--kiosk-code",
          "desk.code", "--desk-code",
          "desk.name", "--desk-name",
          "retentionDays", "--retention-days",
          "printer.profile", "--profile",
          "printer.device", "--printer-device",
          "staffPinHash", "--staff-pin-hash",
          "cataloguePath", "--catalogue");

  /**
   * What {@code init} decides.
   *
   * @param printerProfile a shipped profile name, or a profile file name in {@value Layout#ETC}
   * @param cataloguePath a path relative to {@value Layout#ETC}; empty to keep what the file has
   */
  public record Settings(
      String locationCode,
      String locationName,
      String kioskCode,
      String deskCode,
      String deskName,
      int retentionDays,
      String printerProfile,
      Optional<String> printerDevice,
      String staffPinHash,
      Optional<String> cataloguePath) {}

  private KioskConfigFile() {}

  public static String render(Optional<ObjectNode> existing, Settings settings) {
    ObjectNode owned = ConfigJson.object();
    owned
        .putObject("location")
        .put("code", settings.locationCode())
        .put("name", settings.locationName());
    owned.put("kioskCode", settings.kioskCode());
    owned.putObject("desk").put("code", settings.deskCode()).put("name", settings.deskName());
    owned.put("ledgerPath", Layout.fromConfigFolder(Layout.LEDGER));
    owned.put("retentionDays", settings.retentionDays());
    settings.cataloguePath().ifPresent(path -> owned.put("cataloguePath", path));
    ObjectNode printer = owned.putObject("printer").put("profile", settings.printerProfile());
    settings.printerDevice().ifPresent(device -> printer.put("device", device));
    owned.put("staffPinHash", settings.staffPinHash());
    return ConfigJson.render(ConfigJson.merge(existing, owned));
  }

  /** Sets {@code cataloguePath}, keeping everything else as it is. */
  public static String withCatalogue(ObjectNode existing, String cataloguePath) {
    ObjectNode updated = existing.deepCopy();
    updated.put("cataloguePath", cataloguePath);
    return ConfigJson.render(updated);
  }

  /**
   * Checks {@code json} with the kiosk's own loader, as if it were the file in {@code folder}.
   *
   * @throws KioskConfigException listing every wrong field, each with its option where it has one
   */
  public static KioskConfig validate(String json, Path folder) throws KioskConfigException {
    try {
      return KioskConfigLoader.parse(json, folder, Layout.KIOSK_CONFIG);
    } catch (KioskConfigException e) {
      List<String> named = e.problems().stream().map(KioskConfigFile::withOption).toList();
      throw new KioskConfigException(Layout.KIOSK_CONFIG, named);
    }
  }

  private static String withOption(String problem) {
    int colon = problem.indexOf(':');
    String field = colon < 0 ? "" : problem.substring(0, colon);
    String option = OPTIONS.get(field);
    return option == null ? problem : field + " (" + option + ")" + problem.substring(colon);
  }
}
