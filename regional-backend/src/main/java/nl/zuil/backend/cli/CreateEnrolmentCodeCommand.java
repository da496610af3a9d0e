package nl.zuil.backend.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import nl.zuil.backend.audit.Actor;
import nl.zuil.backend.audit.AuditAction;
import nl.zuil.backend.enrolment.ActiveDevice;
import nl.zuil.backend.enrolment.Enrolment;
import nl.zuil.backend.enrolment.IssuedCode;
import nl.zuil.backend.enrolment.OpenCode;
import nl.zuil.backend.http.Backend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Creates a one-time enrolment code for one kiosk; the only time the code is shown. The kiosk's
 * open code stops working. For a kiosk that is enrolled already it first says which credential the
 * code will revoke, and makes the code only with {@code --replace-active}.
 */
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

  @Option(
      names = "--replace-active",
      description =
          "The kiosk is enrolled already: make the code anyway; using it revokes the kiosk's"
              + " current credential")
  boolean replaceActive;

  @Override
  public Integer call() throws Exception {
    Backend backend = database.open();
    PrintWriter err = spec.commandLine().getErr();
    IssuedCode code;
    List<ActiveDevice> revoked;
    List<OpenCode> voided;
    try {
      Enrolment enrolment = backend.enrolment();
      revoked = enrolment.wouldRevoke(region, location, kiosk);
      for (ActiveDevice device : revoked) {
        err.printf(
            "kiosk %s at %s is enrolled as device %s since %s; using the new code revokes"
                + " that credential%n",
            kiosk, location, device.deviceId(), device.enrolledAt());
      }
      if (!revoked.isEmpty() && !replaceActive) {
        err.println("nothing made: run again with --replace-active to replace it");
        return 1;
      }
      voided =
          enrolment.openCodes(region).stream()
              .filter(open -> open.locationCode().equals(location))
              .filter(open -> open.kioskCode().equals(kiosk))
              .toList();
      code = enrolment.createCode(region, location, kiosk, Duration.ofHours(validHours));
      backend
          .audit()
          .record(
              Actor.commandLine(region),
              AuditAction.ENROLMENT_CODE_CREATED,
              location + "/" + kiosk);
    } finally {
      backend.database().close();
    }
    spec.commandLine().getOut().println(code.code());
    for (OpenCode open : voided) {
      err.printf("the kiosk's earlier code (valid until %s) no longer works%n", open.expiresAt());
    }
    err.printf(
        "enrolment code for kiosk %s at %s, valid until %s, usable once%n",
        code.kioskCode(), code.locationCode(), code.expiresAt());
    return 0;
  }
}
