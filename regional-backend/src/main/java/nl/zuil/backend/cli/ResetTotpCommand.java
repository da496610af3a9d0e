package nl.zuil.backend.cli;

import java.util.concurrent.Callable;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.signin.totp.TotpReset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Switches off a staff account's TOTP, e.g. after a lost phone and lost recovery codes. */
@Command(
    name = "reset-totp",
    description =
        "Forget a staff account's two-step sign-in (TOTP) and its recovery codes; it is set up"
            + " again from the account page, or at the next sign-in when TOTP is required.")
public final class ResetTotpCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

  @Option(names = "--username", required = true)
  String username;

  @Override
  public Integer call() throws Exception {
    Backend backend = database.open();
    boolean reset;
    try {
      reset = new TotpReset(backend.database()).reset(username);
    } finally {
      backend.database().close();
    }
    if (!reset) {
      spec.commandLine().getErr().printf("account %s has no two-step sign-in%n", username);
      return 1;
    }
    spec.commandLine()
        .getErr()
        .printf("two-step sign-in of %s is off; its recovery codes no longer work%n", username);
    return 0;
  }
}
