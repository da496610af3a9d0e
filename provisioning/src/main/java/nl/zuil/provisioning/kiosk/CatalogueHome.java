package nl.zuil.provisioning.kiosk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import nl.zuil.kioskfiles.agent.AgentSettingsFile;
import nl.zuil.kioskfiles.agent.SettingsException;
import nl.zuil.provisioning.files.FileChanges;
import nl.zuil.provisioning.files.Layout;
import nl.zuil.provisioning.files.Mode;

/**
 * The catalogue's folder, {@value Layout#CATALOGUE_DIR}: the agent's user owns it so the agent can
 * rename a new catalogue into place; the kiosk's group may only read (decision 0805). The folder is
 * set-group-id so a file the agent makes there belongs to the kiosk's group although the agent's
 * user is not in it.
 */
public final class CatalogueHome {

  public static final Mode FOLDER_MODE = new Mode(02750);
  public static final Mode FILE_MODE = Mode.OWNER_GROUP_READ;

  private CatalogueHome() {}

  /** Makes the folder (also needed before the agent's unit can start) with its owner and mode. */
  public static void folder(FileChanges changes) throws IOException {
    changes.directory(Layout.CATALOGUE_DIR, FOLDER_MODE, Accounts.CATALOGUE);
  }

  /** Writes {@code json} as the kiosk's catalogue, making the folder first when needed. */
  public static void write(FileChanges changes, String json) throws IOException {
    folder(changes);
    changes.file(Layout.CATALOGUE, json, FILE_MODE, Accounts.CATALOGUE);
  }

  /** True when the kiosk reads its catalogue from the folder the agent may write. */
  public static boolean isHome(Layout layout, Optional<Path> cataloguePath) {
    return cataloguePath.map(path -> path.equals(layout.path(Layout.CATALOGUE))).orElse(false);
  }

  /**
   * Points an existing {@value Layout#AGENT_CONFIG} at the catalogue, so the agent keeps the file
   * the kiosk reads current. Without the file nothing is written: {@code enrol} writes it later,
   * with the same field.
   *
   * @throws SettingsException when the agent would refuse its settings afterwards
   */
  public static void pointAgent(FileChanges changes, Layout layout)
      throws IOException, SettingsException {
    Optional<ObjectNode> agent = ConfigJson.read(layout.path(Layout.AGENT_CONFIG));
    if (agent.isEmpty()) {
      return;
    }
    ObjectNode updated = agent.get().deepCopy();
    updated.put(AgentSettingsFile.CATALOGUE_FILE, Layout.fromConfigFolder(Layout.CATALOGUE));
    changes.file(
        Layout.AGENT_CONFIG,
        ConfigJson.render(updated),
        Mode.OWNER_GROUP_READ,
        Accounts.AGENT_CONFIG);
    AgentSettingsFile.load(layout.path(Layout.AGENT_CONFIG));
  }
}
