package nl.zuil.backend.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;

/**
 * A catalogue a region's staff uploaded and have not published yet.
 *
 * @param json the document exactly as kiosks will get it, its version already the next one
 * @param fileVersion the version the uploaded file itself said, shown when it differs
 */
public record Draft(
    String regionCode,
    int version,
    int fileVersion,
    String json,
    String uploadedBy,
    Instant uploadedAt) {

  /**
   * Names this exact document, so that a review page left open publishes only what it showed, not a
   * later upload with the same version.
   */
  public String digest() {
    return digestOf(json);
  }

  /** The SHA-256 of a catalogue document in hex: what a form names the document it showed by. */
  public static String digestOf(String json) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  public Catalogue catalogue() {
    try {
      return CatalogueLoader.parse(json, "draft " + version + " of " + regionCode);
    } catch (CatalogueException e) {
      throw new IllegalStateException("a stored draft is invalid: " + e.getMessage(), e);
    }
  }
}
