package nl.zuil.provisioning.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.Location;
import nl.zuil.catalogue.OpeningHours;
import nl.zuil.hardware.profile.KioskProfiles;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigException;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigFile;
import nl.zuil.provisioning.files.FileChanges;
import nl.zuil.provisioning.files.Layout;
import nl.zuil.provisioning.files.Mode;
import nl.zuil.provisioning.files.Owner;
import nl.zuil.provisioning.host.Host;
import nl.zuil.provisioning.host.SystemCommands;
import nl.zuil.provisioning.update.MaintenanceWindow;
import nl.zuil.provisioning.update.UpdateTimers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Puts the kiosk's automatic updates (unattended-upgrades, configured by the zuil-kiosk package)
 * into a daily window outside the gids hours its catalogue gives for its location (decision 0807).
 */
@Command(
    name = "update-window",
    mixinStandardHelpOptions = true,
    description = {
      "Set when this kiosk installs updates from the region's repository: a daily hour, night"
          + " preferred, that keeps an hour away from the gids hours the kiosk's catalogue gives"
          + " for its location. Writes drop-ins for apt-daily.timer and apt-daily-upgrade.timer."
          + " Run it again when the location's hours change."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the window is set, or was already",
      "1:a file could not be written (nothing of this run is left)",
      "2:no valid kiosk config (run init first)",
      "4:the location's hours leave no free hour; the region should check its catalogue"
    })
public final class UpdateWindowCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private RootOption root;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Host host = root.host();
    Layout layout = host.layout();
    KioskConfig kiosk;
    Catalogue catalogue;
    try {
      kiosk = KioskConfigFile.load(layout.path(Layout.KIOSK_CONFIG), KioskProfiles.SCREENS);
      catalogue =
          kiosk.cataloguePath().isPresent()
              ? CatalogueLoader.load(kiosk.cataloguePath().get())
              : CatalogueLoader.loadDefault();
    } catch (KioskConfigException | CatalogueException e) {
      err.println("update-window: " + e.getMessage().replace("\n", "\n  "));
      err.println("run zuil-provision init (and update-catalogue) first");
      return ExitCodes.USAGE;
    }
    Optional<OpeningHours> hours =
        catalogue.location(kiosk.locationCode()).flatMap(Location::hours);
    MaintenanceWindow window;
    String why;
    if (hours.isEmpty()) {
      window = MaintenanceWindow.NIGHT;
      why = "the catalogue gives no gids hours for " + kiosk.locationCode() + ": the night.";
    } else {
      Optional<MaintenanceWindow> free = MaintenanceWindow.outside(hours.get());
      if (free.isEmpty()) {
        err.println(
            "update-window: the gids hours of "
                + kiosk.locationCode()
                + " leave no hour and a half free, an hour away from them; nothing was changed");
        return ExitCodes.NEEDS_A_PERSON;
      }
      window = free.get();
      why = "outside the gids hours of " + kiosk.locationCode() + " in the catalogue.";
    }
    SystemCommands systemd = new SystemCommands(host);
    try (FileChanges changes = FileChanges.start(host)) {
      boolean changed = false;
      for (UpdateTimers.DropIn dropIn : UpdateTimers.dropIns(window, why)) {
        changed |=
            changes.file(dropIn.path(), dropIn.content(), Mode.PUBLIC_READ, Owner.ROOT).kind()
                != FileChanges.Kind.UNCHANGED;
      }
      if (changed) {
        systemd.add("systemctl", "daemon-reload");
      }
      changes.commit();
      Report.files(out, changes);
    }
    try {
      systemd.runAll();
    } catch (IOException e) {
      err.println("update-window: " + e.getMessage());
      return ExitCodes.FAILED;
    }
    Report.commands(out, systemd, systemd.willRun());
    out.printf(
        "updates install daily between %s (Europe/Amsterdam)%s, %s%n",
        window.describe(), layout.describeRoot(), why.substring(0, why.length() - 1));
    return ExitCodes.OK;
  }
}
