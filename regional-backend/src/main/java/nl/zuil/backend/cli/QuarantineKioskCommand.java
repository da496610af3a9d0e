package nl.zuil.backend.cli;

import java.util.concurrent.Callable;
import nl.zuil.backend.audit.Actor;
import nl.zuil.backend.audit.AuditAction;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.ingest.Quarantine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Takes a kiosk's counts out of the statistics, or brings them back with {@code --release}. The
 * kiosk keeps delivering either way; nothing is deleted and nothing needs resending.
 */
@Command(
    name = "quarantine-kiosk",
    description =
        "Leave a kiosk's counts out of the statistics until released (--release brings them back).")
public final class QuarantineKioskCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

  @Option(names = "--region", required = true)
  String region;

  @Option(names = "--location", required = true)
  String location;

  @Option(names = "--kiosk", required = true)
  String kiosk;

  @Option(names = "--release", description = "Bring the kiosk's counts back into the statistics")
  boolean release;

  @Override
  public Integer call() throws Exception {
    Backend backend = database.open();
    boolean changed;
    try {
      Quarantine quarantine = backend.quarantine();
      changed =
          release
              ? quarantine.release(region, location, kiosk)
              : quarantine.quarantine(region, location, kiosk);
      if (changed) {
        backend
            .audit()
            .record(
                Actor.commandLine(region),
                release ? AuditAction.KIOSK_RELEASED : AuditAction.KIOSK_QUARANTINED,
                location + "/" + kiosk);
      }
    } finally {
      backend.database().close();
    }
    String what = "kiosk " + kiosk + " at " + location;
    if (!changed) {
      spec.commandLine()
          .getErr()
          .println(what + (release ? " was not in quarantine" : " is in quarantine already"));
      return 1;
    }
    spec.commandLine()
        .getErr()
        .println(
            what
                + (release
                    ? ": its counts are back in the statistics"
                    : ": its counts are left out of the statistics until released"));
    return 0;
  }
}
