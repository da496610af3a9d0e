package nl.zuil.provisioning.doctor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.provisioning.files.Layout;
import nl.zuil.provisioning.kiosk.CatalogueHome;
import nl.zuil.provisioning.region.PublishedCatalogue;

/** The kiosk's catalogue: valid, the region's own, and as new as the region's published one. */
final class CatalogueCheck implements Check {

  static final String NAME = "catalogue";

  @Override
  public List<Finding> run(DoctorContext context) {
    if (!context.kiosk().present()) {
      return List.of(
          Finding.fail(NAME, "cannot check: the kiosk config is missing or invalid", "See above"));
    }
    String update = "Run zuil-provision update-catalogue";
    if (context.kiosk().get().cataloguePath().isEmpty()) {
      return List.of(
          Finding.warn(
              NAME,
              "no region catalogue installed: the kiosk shows Zuil's example catalogue",
              update));
    }
    Path file = context.kiosk().get().cataloguePath().get();
    Catalogue installed;
    try {
      installed = CatalogueLoader.load(file);
    } catch (CatalogueException e) {
      return List.of(Finding.fail(NAME, e.getMessage().replace("\n", " "), update));
    }
    String what =
        "region "
            + installed.region().code()
            + " version "
            + installed.version()
            + " ("
            + file
            + ")";
    Loaded<PublishedCatalogue> published = context.region();
    if (published.present()) {
      PublishedCatalogue current = published.get();
      if (!current.regionCode().equals(installed.region().code())) {
        return List.of(
            Finding.fail(
                NAME,
                what + ", but the kiosk is enrolled in region " + current.regionCode(),
                update));
      }
      if (current.version() > installed.version()) {
        return List.of(
            Finding.warn(
                NAME, what + "; the region published version " + current.version(), update));
      }
    }
    if (!CatalogueHome.isHome(context.layout(), Optional.of(file))) {
      return List.of(
          Finding.warn(
              NAME,
              what + "; the sync agent cannot keep it current there",
              update + " (it moves the catalogue to " + Layout.CATALOGUE_DIR + ")"));
    }
    Loaded<AgentSettings> agent = context.agent();
    if (agent.present() && !agent.get().catalogueFile().equals(Optional.of(file))) {
      return List.of(
          Finding.warn(
              NAME,
              what + "; the sync agent does not keep it current (agent.json catalogueFile)",
              update));
    }
    return List.of(Finding.ok(NAME, what));
  }
}
