package nl.zuil.backend.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.ingest.Rejection;
import nl.zuil.backend.region.PublishedCatalogues;
import nl.zuil.backend.region.PublishedCatalogues.Published;
import nl.zuil.backend.store.Database;

/**
 * {@code GET /api/v1/catalogue}: the current catalogue of the calling kiosk's region, so that the
 * provisioning tool can update a kiosk ({@code zuil-provision update-catalogue}). A kiosk sees only
 * its own region's catalogue, and only with a valid device credential.
 */
final class CatalogueHandler {

  private static final ObjectMapper JSON = new ObjectMapper();

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
                        409,
                        "no_catalogue",
                        "region " + device.regionCode() + " has not published a catalogue"));
    JsonNode catalogue = JSON.readTree(published.json());
    ctx.json(
        new CatalogueAnswer(
            published.regionCode(),
            published.version(),
            published.publishedAt().toString(),
            catalogue));
  }

  /** The answer: the catalogue document itself, with its region, version and publication time. */
  record CatalogueAnswer(String regionCode, int version, String publishedAt, JsonNode catalogue) {}
}
