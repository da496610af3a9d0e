package nl.zuil.backend.cli;

import java.util.concurrent.Callable;
import nl.zuil.backend.audit.Actor;
import nl.zuil.backend.audit.AuditAction;
import nl.zuil.backend.http.Backend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Voids a kiosk's open enrolment code, e.g. when the sheet it was written on went missing. */
@Command(
    name = "revoke-enrolment-code",
    description = "Void the open enrolment code of a kiosk; an enrolled kiosk is not affected.")
public final class RevokeEnrolmentCodeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

  @Option(names = "--region", required = true)
  String region;

  @Option(names = "--location", required = true)
  String location;

  @Option(names = "--kiosk", required = true)
  String kiosk;

  @Override
  public Integer call() throws Exception {
    Backend backend = database.open();
    boolean revoked;
    try {
      revoked = backend.enrolment().revokeCode(region, location, kiosk);
      if (revoked) {
        backend
            .audit()
            .record(
                Actor.commandLine(region),
                AuditAction.ENROLMENT_CODE_REVOKED,
                location + "/" + kiosk);
      }
    } finally {
      backend.database().close();
    }
    if (!revoked) {
      spec.commandLine().getErr().printf("kiosk %s at %s has no open code%n", kiosk, location);
      return 1;
    }
    spec.commandLine()
        .getErr()
        .printf("the code for kiosk %s at %s no longer works%n", kiosk, location);
    return 0;
  }
}
