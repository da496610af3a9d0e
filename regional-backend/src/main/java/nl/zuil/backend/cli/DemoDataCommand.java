package nl.zuil.backend.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import nl.zuil.backend.demo.DemoData;
import nl.zuil.backend.http.Backend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Fills a demo database with invented counts, so the dashboard has something to show. */
@Command(
    name = "demo-data",
    description =
        "DEMO ONLY: write invented buckets and kiosk health for a region's inlooppunten (adding"
            + " demo inlooppunten when it has fewer), so the dashboard can be shown before real"
            + " kiosks have synced. The example region is seeded if it does not exist yet.")
public final class DemoDataCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

  @Option(
      names = "--region",
      defaultValue = "voorbeeldregio",
      description = "Default ${DEFAULT-VALUE}")
  String region;

  @Option(names = "--locations", defaultValue = "6", description = "Default ${DEFAULT-VALUE}")
  int locations;

  @Option(
      names = "--days",
      defaultValue = "120",
      description = "Days up to and including today; default ${DEFAULT-VALUE}")
  int days;

  @Option(
      names = "--seed",
      defaultValue = "2026",
      description = "Random seed; default ${DEFAULT-VALUE}")
  long seed;

  @Override
  public Integer call() throws java.io.IOException {
    if (locations < 1 || locations > 200 || days < 1 || days > 3 * 366) {
      spec.commandLine().getErr().println("--locations must be 1 to 200 and --days 1 to 1098");
      return 2;
    }
    Backend backend = database.open();
    DemoData.Result result;
    try {
      LocalDate today = LocalDate.now(backend.clock().withZone(ZoneId.of("Europe/Amsterdam")));
      result =
          new DemoData(backend, seed).write(region, locations, today.minusDays(days - 1L), today);
    } finally {
      backend.database().close();
    }
    spec.commandLine()
        .getOut()
        .printf(
            "demo data for %s: %d inlooppunten, %d visits in %d buckets from %s to %s%n",
            region,
            result.locations(),
            result.visits(),
            result.buckets(),
            result.from(),
            result.to());
    spec.commandLine()
        .getErr()
        .println("These counts are invented. Never run this on a real region's database.");
    return 0;
  }
}
