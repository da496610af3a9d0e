package nl.zuil.provisioning.kiosk;

import java.io.IOException;
import nl.zuil.provisioning.files.FileChanges;
import nl.zuil.provisioning.files.Layout;
import nl.zuil.provisioning.files.Mode;

/**
 * The agent's health folder, {@value Layout#AGENT_HEALTH_DIR}: the agent writes its report there,
 * the kiosk's console reads it through the kiosk's group. Set-group-id, as the catalogue's folder
 * (decision 0805), so the file the agent makes belongs to that group.
 */
public final class HealthHome {

  public static final Mode FOLDER_MODE = new Mode(02750);

  private HealthHome() {}

  /** Makes the folder; the agent's unit names it in ReadWritePaths and needs it to start. */
  public static void folder(FileChanges changes) throws IOException {
    changes.directory(Layout.AGENT_HEALTH_DIR, FOLDER_MODE, Accounts.AGENT_HEALTH);
  }
}
