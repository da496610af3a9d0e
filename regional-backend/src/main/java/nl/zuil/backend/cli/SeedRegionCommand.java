package nl.zuil.backend.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.zuil.backend.http.Backend;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Creates a region from its catalogue, or publishes a newer catalogue version for it. */
@Command(
    name = "seed-region",
    description =
        "Create a region from its catalogue (code and name come from the catalogue), or publish a"
            + " newer catalogue version.")
public final class SeedRegionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

  @ArgGroup(multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--catalogue", description = "The region's catalogue JSON file")
    Path file;

    @Option(
        names = "--example-catalogue",
        description = "Use the bundled example catalogue (region voorbeeldregio)")
    boolean example;
  }

  @Override
  public Integer call() throws Exception {
    Catalogue catalogue =
        source.example ? CatalogueLoader.loadDefault() : CatalogueLoader.load(source.file);
    Backend backend = database.open();
    try {
      backend.regions().publish(catalogue);
    } finally {
      backend.database().close();
    }
    spec.commandLine()
        .getOut()
        .printf(
            "region %s (%s): catalogue version %d published%n",
            catalogue.region().code(), catalogue.region().name().dutch(), catalogue.version());
    return 0;
  }
}
