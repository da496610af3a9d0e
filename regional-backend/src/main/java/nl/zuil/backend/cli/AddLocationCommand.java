package nl.zuil.backend.cli;

import java.util.concurrent.Callable;
import nl.zuil.backend.http.Backend;
import nl.zuil.catalogue.Codes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Adds an inlooppunt to a region, or renames one. */
@Command(name = "add-location", description = "Add an inlooppunt to a region (or rename it).")
public final class AddLocationCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

  @Option(names = "--region", required = true, description = "Region code")
  String region;

  @Option(
      names = "--code",
      required = true,
      description = "Location code, e.g. hengelo-bibliotheek")
  String code;

  @Option(names = "--name", required = true, description = "Name shown to regional staff")
  String name;

  @Option(names = "--municipality", required = true, description = "Municipality it lies in")
  String municipality;

  @Override
  public Integer call() throws Exception {
    Codes.requireSlug("location code", code);
    Backend backend = database.open();
    try {
      backend.regions().saveLocation(region, code, name, municipality);
    } finally {
      backend.database().close();
    }
    spec.commandLine().getOut().printf("location %s in %s saved%n", code, region);
    return 0;
  }
}
