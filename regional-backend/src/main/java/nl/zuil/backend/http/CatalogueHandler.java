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
import nl.zuil.regionapi.RegionApi;

/**
 * {@code GET /api/v1/catalogue}: the current catalogue of the calling kiosk's region, for the sync
 * agent's regular check and the provisioning tool ({@code zuil-provision update-catalogue}). A
 * kiosk sees only its own region's catalogue, and only with a valid device credential. The answer
 * carries an ETag of region, version and kiosk format; a request with that ETag in {@code
 * If-None-Match} gets 304. The agent names the catalogue format its kiosk reads in {@link
 * RegionApi#CATALOGUE_KIOSK_FORMAT}; an agent that names none (the release before it) gets the copy
 * its kiosk reads (decision 0307).
 */
final class CatalogueHandler {

  private final PublishedCatalogues catalogues;

  CatalogueHandler(Database database) {
    this.catalogues = new PublishedCatalogues(database);
  }

  void serve(Context ctx, Device device) throws IOException {
    int kioskFormat = kioskFormat(ctx.queryParam(RegionApi.CATALOGUE_KIOSK_FORMAT));
    Published published =
        catalogues
            .current(device.regionCode())
            .orElseThrow(
                () ->
                    new Rejection(
                        ProblemType.NO_CATALOGUE,
                        "region " + device.regionCode() + " has not published a catalogue"));
    // Each format is another document, so another tag; format 1 keeps the tag it always had.
    String etag =
        "\""
            + published.regionCode()
            + "-"
            + published.version()
            + (kioskFormat == KioskCopy.FIRST_FORMAT
                ? ""
                : "-k" + Math.min(kioskFormat, KioskCopy.FORMAT))
            + "\"";
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    // Kiosks ask every sync cycle; an unchanged catalogue costs them a header, not 30 KB.
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    // Without the fields only the backend reads and those newer than the kiosk's format: its
    // loader refuses fields it does not know.
    JsonNode catalogue = KioskCopy.of(published.json(), kioskFormat);
    ctx.json(
        new CatalogueAnswer(
            published.regionCode(),
            published.version(),
            published.publishedAt().toString(),
            catalogue));
  }

  private static int kioskFormat(String asked) {
    if (asked == null) {
      return KioskCopy.FIRST_FORMAT;
    }
    int format;
    try {
      format = Integer.parseInt(asked);
    } catch (NumberFormatException e) {
      format = 0;
    }
    if (format < KioskCopy.FIRST_FORMAT) {
      throw Rejection.invalid(
          RegionApi.CATALOGUE_KIOSK_FORMAT + " must be a whole number of at least 1");
    }
    return format;
  }
}
