package nl.zuil.backend;

import java.util.concurrent.Callable;
import nl.zuil.backend.cli.AddLocationCommand;
import nl.zuil.backend.cli.AddUserCommand;
import nl.zuil.backend.cli.CertificatePinCommand;
import nl.zuil.backend.cli.CreateEnrolmentCodeCommand;
import nl.zuil.backend.cli.DemoDataCommand;
import nl.zuil.backend.cli.EnrolmentCodesCommand;
import nl.zuil.backend.cli.KioskHealthCommand;
import nl.zuil.backend.cli.KioskIngestsCommand;
import nl.zuil.backend.cli.QuarantineKioskCommand;
import nl.zuil.backend.cli.ResetTotpCommand;
import nl.zuil.backend.cli.RevokeEnrolmentCodeCommand;
import nl.zuil.backend.cli.SeedRegionCommand;
import nl.zuil.backend.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The regional backend: {@code serve} runs the API and the staff pages; the other subcommands are
 * admin tools (accounts are created here, never on a web page). Exit codes: 0 done, 1 failed, 2 bad
 * arguments.
 */
@Command(
    name = "zuil-backend",
    mixinStandardHelpOptions = true,
    subcommands = {
      ServeCommand.class,
      SeedRegionCommand.class,
      AddLocationCommand.class,
      CreateEnrolmentCodeCommand.class,
      EnrolmentCodesCommand.class,
      RevokeEnrolmentCodeCommand.class,
      CertificatePinCommand.class,
      KioskHealthCommand.class,
      KioskIngestsCommand.class,
      QuarantineKioskCommand.class,
      AddUserCommand.class,
      ResetTotpCommand.class,
      DemoDataCommand.class
    })
public final class BackendMain implements Callable<Integer> {

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new BackendMain());
    commandLine.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("zuil-backend: " + e.getMessage());
          return 1;
        });
    return commandLine;
  }
}
