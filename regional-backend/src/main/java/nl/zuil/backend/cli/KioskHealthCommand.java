package nl.zuil.backend.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.zuil.backend.health.KioskHealth;
import nl.zuil.backend.http.Backend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the last health report of every kiosk in a region, for IT until the dashboard exists. */
@Command(name = "kiosk-health", description = "Show the last health report of each kiosk.")
public final class KioskHealthCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

  @Option(names = "--region", required = true)
  String region;

  @Override
  public Integer call() throws Exception {
    Backend backend = database.open();
    PrintWriter out = spec.commandLine().getOut();
    try {
      out.println(
          "location\tkiosk\tversion\treceived\tclock offset ms\tprinter\tledger bytes\tlast visit"
              + "\tbacklog\tset aside");
      for (KioskHealth h : backend.healthStore().region(region)) {
        out.printf(
            "%s\t%s\t%s\t%s\t%d\t%s\t%d\t%s\t%d\t%d%n",
            h.locationCode(),
            h.kioskCode(),
            h.appVersion(),
            h.receivedAt(),
            h.clockOffsetMillis(),
            printer(h),
            h.ledgerBytes(),
            h.lastVisitAt().map(Object::toString).orElse("-"),
            h.pendingRevisions(),
            h.setAsideBuckets());
      }
    } finally {
      backend.database().close();
    }
    return 0;
  }

  private static String printer(KioskHealth h) {
    if (h.printerCheckedAt().isEmpty()) {
      return "unknown";
    }
    if (!h.printerOnline()) {
      return "OFFLINE";
    }
    if (h.printerPaperOut()) {
      return "PAPER OUT";
    }
    if (h.printerCoverOpen()) {
      return "COVER OPEN";
    }
    if (h.printerCutterError()) {
      return "CUTTER ERROR";
    }
    return h.printerPaperNearEnd() ? "paper low" : "ok";
  }
}
