package nl.zuil.provisioning;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import nl.zuil.provisioning.cli.BackupCommand;
import nl.zuil.provisioning.cli.DoctorCommand;
import nl.zuil.provisioning.cli.EnrolCommand;
import nl.zuil.provisioning.cli.InitCommand;
import nl.zuil.provisioning.cli.InstallCommand;
import nl.zuil.provisioning.cli.RestoreCommand;
import nl.zuil.provisioning.cli.UpdateCatalogueCommand;
import nl.zuil.provisioning.cli.UpdateWindowCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code zuil-provision}: turns a Debian/Ubuntu PC into an enrolled, locked-down kiosk and keeps it
 * healthy. Every command can be run again: a second run with the same options changes nothing.
 */
@Command(
    name = "zuil-provision",
    mixinStandardHelpOptions = true,
    version = "zuil-provision 0.1.0",
    description = {
      "Set up and look after a Zuil kiosk. On a kiosk PC with the zuil-kiosk and zuil-agent"
          + " packages, as root:",
      "  zuil-provision init ...; zuil-provision enrol ...; zuil-provision update-catalogue;"
          + " zuil-provision update-window",
      "then zuil-provision doctor. (install: only for a kiosk built from source.) See"
          + " docs/operations.md."
    },
    subcommands = {
      InitCommand.class,
      EnrolCommand.class,
      InstallCommand.class,
      DoctorCommand.class,
      UpdateCatalogueCommand.class,
      UpdateWindowCommand.class,
      BackupCommand.class,
      RestoreCommand.class
    },
    exitCodeListHeading = "%nExit codes (each command's help has its own):%n",
    exitCodeList = {
      "0:done, or nothing to do",
      "1:unexpected failure; nothing of this run is left half-written",
      "2:wrong arguments or a refused value (the message names it)",
      "3:the region's backend cannot be reached; try again later",
      "4:needs a person: refused code or credential, damaged ledger or backup, kiosk running"
    })
public final class ProvisionMain implements Callable<Integer> {

  @Spec private CommandSpec spec;

  public static void main(String[] args) {
    // The tool speaks to the operator through its own output; library chatter (the printer
    // driver's status changes) stays out unless it is a warning. Set here, not in a
    // simplelogger.properties, which would compete with the kiosk's and the agent's in a shared
    // lib folder.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.exit(commandLine().execute(args));
  }

  /** The command line with its error handling; tests call {@code execute} on it. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new ProvisionMain());
    commandLine.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println(line.getCommandName() + ": " + describe(e));
          for (Throwable notUndone : e.getSuppressed()) {
            line.getErr().println(notUndone.getMessage());
          }
          if (e.getSuppressed().length == 0) {
            line.getErr().println("nothing of this run was left behind");
          }
          return 1;
        });
    return commandLine;
  }

  /** File-system errors name only the path; say what happened to it, too. */
  static String describe(Exception e) {
    if (e instanceof NoSuchFileException missing) {
      return "no such file or folder: " + missing.getFile();
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (e instanceof FileSystemException fileSystem) {
      return fileSystem.getFile()
          + ": "
          + (fileSystem.getReason() == null
              ? e.getClass().getSimpleName()
              : fileSystem.getReason());
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }
}
