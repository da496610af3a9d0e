package nl.zuil.provisioning.files;

import java.nio.file.Path;

/**
 * Where everything lives on a kiosk, under a root that is {@code /} on the kiosk itself and a
 * temporary folder in tests and demos. Logical paths (as on the kiosk) are what the tool prints and
 * what the systemd units name; {@link #path(String)} maps one under the root.
 */
public record Layout(Path root) {

  public static final String ETC = "/etc/zuil";
  public static final String KIOSK_CONFIG = ETC + "/kiosk.json";
  public static final String AGENT_CONFIG = ETC + "/agent.json";

  /**
   * Where the catalogue was before the agent kept it current; moved by init and update-catalogue.
   */
  public static final String ETC_CATALOGUE = ETC + "/catalogue.json";

  /** The catalogue's own folder: the agent replaces the file here, the kiosk reads it (0805). */
  public static final String CATALOGUE_DIR = "/var/lib/zuil-catalogue";

  public static final String CATALOGUE = CATALOGUE_DIR + "/catalogue.json";
  public static final String BACKEND_CA = ETC + "/backend-ca.pem";

  /** The gids console's certificate and the password that opens it, as init copies them. */
  public static final String CONSOLE_KEYSTORE = ETC + "/console.p12";

  public static final String CONSOLE_KEYSTORE_PASSWORD = ETC + "/console.password";
  public static final String KIOSK_STATE = "/var/lib/zuil";
  public static final String LEDGER = KIOSK_STATE + "/ledger.db";
  public static final String PRINTER_STATUS = KIOSK_STATE + "/printer.json";
  public static final String AGENT_STATE_DIR = "/var/lib/zuil-sync";
  public static final String CREDENTIAL = AGENT_STATE_DIR + "/credential.json";
  public static final String AGENT_STATE = AGENT_STATE_DIR + "/state.db";

  /**
   * The agent's health report, in a folder of its own that the kiosk's group may read: the agent's
   * state folder is private (it holds the credential), and the kiosk's console shows the last sync.
   */
  public static final String AGENT_HEALTH_DIR = "/var/lib/zuil-health";

  public static final String AGENT_HEALTH = AGENT_HEALTH_DIR + "/health.json";
  public static final String LOGS = "/var/log/zuil";
  public static final String UNITS = "/etc/systemd/system";

  public Layout {
    root = root.toAbsolutePath().normalize();
  }

  /** The file behind a logical path such as {@code /etc/zuil/kiosk.json}. */
  public Path path(String logical) {
    if (!logical.startsWith("/")) {
      throw new IllegalArgumentException("not an absolute kiosk path: " + logical);
    }
    return root.resolve(logical.substring(1));
  }

  /** True on the kiosk itself, where owners, users and systemd are real. */
  public boolean isSystemRoot() {
    return root.getParent() == null;
  }

  /**
   * A logical path as the configs in {@value #ETC} write it: relative to that folder (e.g. {@code
   * ../../var/lib/zuil/ledger.db}), so the same file works on the kiosk and under any root.
   */
  public static String fromConfigFolder(String logical) {
    return Path.of(ETC).relativize(Path.of(logical)).toString();
  }

  /** Describes the root for output: nothing on the kiosk itself. */
  public String describeRoot() {
    return isSystemRoot() ? "" : " under " + root;
  }
}
