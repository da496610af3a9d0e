package nl.zuil.backend.http;

import io.javalin.http.Context;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.ingest.Rejection;
import nl.zuil.backend.region.RegionClips;
import nl.zuil.backend.store.Database;
import nl.zuil.catalogue.recording.Clips;
import nl.zuil.regionapi.ProblemType;

/**
 * {@code GET /api/v1/catalogue/clips/{sha256}}: one recorded clip of the calling kiosk's region,
 * which its agent fetches before it installs a catalogue that names it (decision 0310). A kiosk
 * gets only its own region's clips.
 */
final class ClipHandler {

  private final RegionClips clips;

  ClipHandler(Database database) {
    this.clips = new RegionClips(database);
  }

  void serve(Context ctx, Device device) {
    String sha256 = ctx.pathParam("sha256");
    if (!Clips.SHA256.matcher(sha256).matches()) {
      throw Rejection.invalid("a clip is named by its SHA-256: 64 characters 0-9 and a-f");
    }
    byte[] clip =
        clips
            .clip(device.regionCode(), sha256)
            .orElseThrow(
                () ->
                    new Rejection(
                        ProblemType.NOT_FOUND,
                        "region " + device.regionCode() + " has no clip " + sha256));
    // A hash names the same bytes for ever.
    ctx.header("Cache-Control", "private, max-age=31536000, immutable");
    ctx.contentType("audio/wav");
    ctx.result(clip);
  }
}
