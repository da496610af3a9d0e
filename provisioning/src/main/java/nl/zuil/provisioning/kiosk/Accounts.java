package nl.zuil.provisioning.kiosk;

import java.io.IOException;
import nl.zuil.provisioning.files.Owner;
import nl.zuil.provisioning.host.Host;
import nl.zuil.provisioning.host.SystemCommands;

/**
 * The system accounts of a kiosk. The kiosk and the agent run as separate users; they share the
 * ledger folder through the group {@value #LEDGER_GROUP} (decision 0801). The catalogue folder is
 * the agent's and readable by the kiosk's own group (decision 0805): the agent may replace the
 * catalogue, the kiosk may only read it.
 */
public final class Accounts {

  public static final String KIOSK_USER = "zuil-kiosk";
  public static final String AGENT_USER = "zuil-sync";
  public static final String LEDGER_GROUP = "zuil-ledger";

  /** Debian's group for serial ports: /dev/ttyS*, ttyUSB*, ttyACM*. */
  public static final String SERIAL_GROUP = "dialout";

  public static final Owner KIOSK_CONFIG = new Owner("root", KIOSK_USER);
  public static final Owner AGENT_CONFIG = new Owner("root", AGENT_USER);
  public static final Owner LEDGER_FOLDER = new Owner(KIOSK_USER, LEDGER_GROUP);
  public static final Owner AGENT_PRIVATE = new Owner(AGENT_USER, AGENT_USER);
  public static final Owner CATALOGUE = new Owner(AGENT_USER, KIOSK_USER);
  public static final Owner AGENT_HEALTH = new Owner(AGENT_USER, KIOSK_USER);

  private Accounts() {}

  /** Adds the commands that create whichever of the accounts the system does not have yet. */
  public static void plan(Host host, SystemCommands commands) throws IOException {
    if (!host.hasGroup(LEDGER_GROUP)) {
      commands.add("groupadd", "--system", LEDGER_GROUP);
    }
    if (!host.hasUser(KIOSK_USER)) {
      commands.add(
          "useradd",
          "--system",
          "--user-group",
          "--groups",
          LEDGER_GROUP + "," + SERIAL_GROUP,
          "--home-dir",
          "/var/lib/zuil",
          "--no-create-home",
          "--shell",
          "/usr/sbin/nologin",
          KIOSK_USER);
    }
    if (!host.hasUser(AGENT_USER)) {
      commands.add(
          "useradd",
          "--system",
          "--user-group",
          "--groups",
          LEDGER_GROUP,
          "--home-dir",
          "/var/lib/zuil-sync",
          "--no-create-home",
          "--shell",
          "/usr/sbin/nologin",
          AGENT_USER);
    }
  }
}
