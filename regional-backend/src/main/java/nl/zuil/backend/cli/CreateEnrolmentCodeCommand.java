package nl.zuil.backend.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import nl.zuil.backend.enrolment.IssuedCode;
import nl.zuil.backend.http.Backend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Creates a one-time enrolment code for one kiosk; the only time the code is shown. */
@Command(
    name = "create-enrolment-code",
    description = "Create a one-time enrolment code for a kiosk at a location.")
public final class CreateEnrolmentCodeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

  @Option(names = "--region", required = true)
  String region;

  @Option(names = "--location", required = true)
  String location;

  @Option(names = "--kiosk", required = true, description = "Kiosk code, e.g. zuil-1")
  String kiosk;

  @Option(names = "--valid-hours", defaultValue = "24", description = "Default ${DEFAULT-VALUE}")
  int validHours;

  @Override
  public Integer call() throws Exception {
    Backend backend = database.open();
    IssuedCode code;
    try {
      code = backend.enrolment().createCode(region, location, kiosk, Duration.ofHours(validHours));
    } finally {
      backend.database().close();
    }
    spec.commandLine().getOut().println(code.code());
    spec.commandLine()
        .getErr()
        .printf(
            "enrolment code for kiosk %s at %s, valid until %s, usable once%n",
            code.kioskCode(), code.locationCode(), code.expiresAt());
    return 0;
  }
}
