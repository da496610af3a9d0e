package nl.zuil.provisioning.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.zuil.provisioning.files.FileChanges;
import nl.zuil.provisioning.files.Layout;
import nl.zuil.provisioning.files.Mode;
import nl.zuil.provisioning.files.Owner;
import nl.zuil.provisioning.host.Host;
import nl.zuil.provisioning.host.SystemCommands;
import nl.zuil.provisioning.install.KioskServices;
import nl.zuil.provisioning.install.KioskServices.InstalledFile;
import nl.zuil.provisioning.kiosk.Accounts;
import nl.zuil.provisioning.kiosk.CatalogueHome;
import nl.zuil.provisioning.kiosk.HealthHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Installs the services that make the machine a kiosk: the kiosk under cage on the console, the
 * sync agent as its own user, log rotation, start at boot. The files are written as one unit; the
 * systemctl commands follow once they are in place.
 */
@Command(
    name = "install",
    mixinStandardHelpOptions = true,
    description = {
      "Install the systemd units for the kiosk (full screen under cage, restarted on a crash) and"
          + " the sync agent (own user, hardened), the kiosk's PAM session and log rotation;"
          + " enable them at boot. --dry-run shows every file with its content and mode, and"
          + " every command, and changes nothing."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:installed, already installed, or shown (--dry-run)",
      "2:the zuil-kiosk package is installed: it brings the services itself",
      "1:a file could not be written (nothing of this run is left) or a systemctl command"
          + " failed (the files are in place; run install again)"
    })
public final class InstallCommand implements Callable<Integer> {

  /** Where the zuil-kiosk package puts its unit (decision 0806). */
  static final String PACKAGED_KIOSK_UNIT = "/lib/systemd/system/" + KioskServices.KIOSK_UNIT;

  @Spec private CommandSpec spec;
  @Mixin private RootOption root;

  @Option(names = "--dry-run", description = "Show what would be written and run; change nothing")
  private boolean dryRun;

  @Option(
      names = "--app-dir",
      defaultValue = "/opt/zuil",
      description = "Where Zuil is installed: its jars are in DIR/lib. Default ${DEFAULT-VALUE}")
  private String appDir;

  @Option(
      names = "--java",
      defaultValue = "/usr/bin/java",
      description = "The Java 17 runtime. Default ${DEFAULT-VALUE}")
  private String java;

  @Option(
      names = "--cage",
      defaultValue = "/usr/bin/cage",
      description = "The cage kiosk compositor. Default ${DEFAULT-VALUE}")
  private String cage;

  @Option(
      names = "--tty",
      defaultValue = "tty7",
      description = "The console the kiosk takes. Default ${DEFAULT-VALUE}")
  private String tty;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Host host = root.host();
    Layout layout = host.layout();
    if (Files.exists(layout.path(PACKAGED_KIOSK_UNIT))) {
      // Units in /etc/systemd/system would quietly take the place of the package's own.
      err.println(
          "install: the zuil-kiosk package is installed and brings the services itself ("
              + PACKAGED_KIOSK_UNIT
              + "); install is only for a kiosk built from source. Nothing was changed");
      return ExitCodes.USAGE;
    }
    List<InstalledFile> files =
        KioskServices.files(
            new KioskServices.Settings(java, cage, appDir, tty, KioskServices.Settings.BY_INSTALL));
    SystemCommands accounts = new SystemCommands(host);
    Accounts.plan(host, accounts);
    FileChanges changes = dryRun ? FileChanges.dryRun(host) : FileChanges.start(host);
    try (changes) {
      if (!dryRun) {
        accounts.runAll();
      }
      changes.directory(Layout.LOGS, Mode.DIRECTORY, Owner.ROOT);
      // The agent's unit names the folder in ReadWritePaths and does not start without it.
      CatalogueHome.folder(changes);
      HealthHome.folder(changes);
      boolean unitsChanged = false;
      for (InstalledFile file : files) {
        FileChanges.Planned planned =
            changes.file(file.path(), file.content(), file.mode(), file.owner());
        unitsChanged |=
            planned.path().startsWith(Layout.UNITS) && planned.kind() != FileChanges.Kind.UNCHANGED;
      }
      SystemCommands services = new SystemCommands(host);
      KioskServices.commands(unitsChanged).forEach(c -> services.add(c.toArray(String[]::new)));
      if (dryRun) {
        Report.files(out, changes);
        Report.commands(out, accounts, false);
        Report.commands(out, services, false);
        out.println("dry run: nothing was written or run");
        return ExitCodes.OK;
      }
      changes.commit();
      Report.commands(out, accounts, accounts.willRun());
      Report.files(out, changes);
      Report.ownersNote(out, host);
      try {
        services.runAll();
      } catch (IOException e) {
        err.println("install: " + e.getMessage());
        err.println("the files above are in place; fix the cause and run install again");
        return ExitCodes.FAILED;
      }
      Report.commands(out, services, services.willRun());
      warnings(host).forEach(w -> out.println("warning: " + w));
      Report.summary(out, changes, "the kiosk services are installed" + layout.describeRoot());
      return ExitCodes.OK;
    }
  }

  /** What the services will need that is not there yet; they are installed anyway. */
  private List<String> warnings(Host host) {
    Layout layout = host.layout();
    List<String> warnings = new ArrayList<>();
    if (!Files.isExecutable(layout.path(cage))) {
      warnings.add(cage + " is missing: apt-get install -y cage xwayland");
    }
    if (!Files.isExecutable(layout.path(java))) {
      warnings.add(java + " is missing: apt-get install -y openjdk-17-jre");
    }
    if (!hasJars(layout.path(appDir + "/lib"))) {
      warnings.add(
          "no Zuil jars in " + appDir + "/lib: copy the release there (docs/operations.md)");
    }
    if (!Files.exists(layout.path(Layout.KIOSK_CONFIG))) {
      warnings.add("no " + Layout.KIOSK_CONFIG + ": run zuil-provision init");
    }
    if (!Files.exists(layout.path(Layout.CREDENTIAL))) {
      warnings.add("not enrolled: the sync agent retries until zuil-provision enrol has run");
    }
    return warnings;
  }

  private static boolean hasJars(Path lib) {
    if (!Files.isDirectory(lib)) {
      return false;
    }
    try (Stream<Path> files = Files.list(lib)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".jar"));
    } catch (IOException e) {
      return false;
    }
  }
}
