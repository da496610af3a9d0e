package nl.zuil.provisioning.doctor;

import java.nio.file.Path;
import java.util.List;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;
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
    return List.of(Finding.ok(NAME, what));
  }
}
