package nl.zuil.kioskfiles.kioskconfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The kiosk's own settings, validated by {@link KioskConfigFile}. Paths are absolute: relative ones
 * in the file are taken from the file's folder.
 *
 * @param locationName the inlooppunt as visitors know it ("Bibliotheek Hengelo"), shown on screen
 * @param cataloguePath empty for the catalogue bundled with Zuil
 * @param desk the gids desk at this kiosk, for the gids console
 * @param screen the screen as mounted: from the hardware profile unless the config overrides it
 * @param staffPin the hashed PIN that opens the staff menu
 * @param console the gids console in a browser; empty when the kiosk serves none
 * @param agentHealthFile the sync agent's health file, for "last successful sync"; empty when this
 *     kiosk runs no agent
 */
public record KioskConfig(
    String locationCode,
    String locationName,
    String kioskCode,
    Desk desk,
    Path ledgerPath,
    int retentionDays,
    Optional<Path> cataloguePath,
    Printer printer,
    ScreenGeometry screen,
    IdleTimeouts idle,
    PinHash staffPin,
    Optional<Console> console,
    Optional<Path> agentHealthFile) {

  /** A gids desk: the code the ledger records, the name a gids and a visitor read. */
  public record Desk(String code, String name) {}

  /**
   * The gids console served to browsers on the inlooppunt's network.
   *
   * @param bindAddress the one local address it listens on, never every interface
   * @param keystorePath PKCS12 with this kiosk's own certificate and key, made at provisioning
   * @param keystorePasswordFile a file holding only the keystore's password, read at start-up
   * @param gidsPin the hashed PIN gidsen of this location log in with
   * @param session how long a login lasts without any action
   * @param desks the desks a gids can choose at login; the kiosk's own desk when not configured
   */
  public record Console(
      String bindAddress,
      int port,
      Path keystorePath,
      Path keystorePasswordFile,
      PinHash gidsPin,
      Duration session,
      List<Desk> desks) {

    public Console {
      desks = List.copyOf(desks);
    }
  }

  /** A desk's name by its code, for every desk this kiosk knows; an unknown code as it is. */
  public String deskName(String code) {
    if (desk.code().equals(code)) {
      return desk.name();
    }
    return console.stream()
        .flatMap(c -> c.desks().stream())
        .filter(d -> d.code().equals(code))
        .map(Desk::name)
        .findFirst()
        .orElse(code);
  }

  /**
   * Which hardware profile the kit follows and where the printer is attached.
   *
   * @param profile the profile's name, or a profile file for a kit Zuil does not ship
   * @param profileFile that file, absolute; empty for a shipped profile
   * @param device a device path such as {@code /dev/ttyUSB0}; empty to use the profile's own
   */
  public record Printer(String profile, Optional<Path> profileFile, Optional<String> device) {}
}
