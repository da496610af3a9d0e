package nl.zuil.backend.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.zuil.backend.enrolment.OpenCode;
import nl.zuil.backend.http.Backend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the enrolment codes that can still be used (not the codes: only their hashes are kept). */
@Command(
    name = "enrolment-codes",
    description = "List the open enrolment codes of a region: for which kiosk, until when.")
public final class EnrolmentCodesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

  @Option(names = "--region", required = true)
  String region;

  @Override
  public Integer call() throws Exception {
    Backend backend = database.open();
    PrintWriter out = spec.commandLine().getOut();
    try {
      out.println("location\tkiosk\tmade\tvalid until");
      for (OpenCode code : backend.enrolment().openCodes(region)) {
        out.printf(
            "%s\t%s\t%s\t%s%n",
            code.locationCode(), code.kioskCode(), code.createdAt(), code.expiresAt());
      }
    } finally {
      backend.database().close();
    }
    return 0;
  }
}
