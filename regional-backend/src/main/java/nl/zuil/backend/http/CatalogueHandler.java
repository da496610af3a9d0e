package nl.zuil.backend.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.ingest.Rejection;
import nl.zuil.backend.region.PublishedCatalogues;
import nl.zuil.backend.region.PublishedCatalogues.Published;
import nl.zuil.backend.store.Database;
import nl.zuil.catalogue.KioskCopy;
import nl.zuil.regionapi.CatalogueAnswer;
import nl.zuil.regionapi.ProblemType;

/**
 * {@code GET /api/v1/catalogue}: the current catalogue of the calling kiosk's region, for the sync
 * agent's regular check and the provisioning tool ({@code zuil-provision update-catalogue}). A
 * kiosk sees only its own region's catalogue, and only with a valid device credential. The answer
 * carries an ETag of region and version; a request with that ETag in {@code If-None-Match} gets
 * 304.
 */
final class CatalogueHandler {

  private final PublishedCatalogues catalogues;

  CatalogueHandler(Database database) {
    this.catalogues = new PublishedCatalogues(database);
  }

  void serve(Context ctx, Device device) throws IOException {
    Published published =
        catalogues
            .current(device.regionCode())
            .orElseThrow(
                () ->
                    new Rejection(
                        ProblemType.NO_CATALOGUE,
                        "region " + device.regionCode() + " has not published a catalogue"));
    String etag = "\"" + published.regionCode() + "-" + published.version() + "\"";
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    // Kiosks ask every sync cycle; an unchanged catalogue costs them a header, not 30 KB.
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    // Without the fields only the backend reads: a kiosk of the previous release refuses them.
    JsonNode catalogue = KioskCopy.of(published.json());
    ctx.json(
        new CatalogueAnswer(
            published.regionCode(),
            published.version(),
            published.publishedAt().toString(),
            catalogue));
  }
}
