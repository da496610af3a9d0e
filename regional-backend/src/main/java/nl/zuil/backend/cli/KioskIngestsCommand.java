package nl.zuil.backend.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.ingest.IngestEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Shows what a kiosk's devices delivered lately: when, how many buckets, how much changed. */
@Command(
    name = "kiosk-ingests",
    description = "List a kiosk's latest accepted deliveries (counts only), newest first.")
public final class KioskIngestsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

  @Option(names = "--region", required = true)
  String region;

  @Option(names = "--location", required = true)
  String location;

  @Option(names = "--kiosk", required = true)
  String kiosk;

  @Option(names = "--last", defaultValue = "20", description = "Default ${DEFAULT-VALUE}")
  int last;

  @Override
  public Integer call() throws Exception {
    Backend backend = database.open();
    PrintWriter out = spec.commandLine().getOut();
    try {
      out.println("received\tdevice\tledger\tbuckets\tchanged\tvisits changed\tservice days");
      for (IngestEntry e : backend.ingestLog().recent(region, location, kiosk, Math.max(1, last))) {
        out.printf(
            "%s\t%s\t%s\t%d\t%d\t%d\t%s..%s%n",
            e.receivedAt(),
            e.deviceId(),
            e.ledgerId(),
            e.buckets(),
            e.applied(),
            e.visitsApplied(),
            e.firstDay(),
            e.lastDay());
      }
    } finally {
      backend.database().close();
    }
    return 0;
  }
}
