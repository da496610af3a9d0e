package nl.zuil.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Optional;

/**
 * Whether a catalogue the backend publishes may replace the kiosk's. The agent and {@code
 * zuil-provision update-catalogue} both judge with this class, so a backend (or a mistake in the
 * region's data) can do no more through one than through the other (decision 1051).
 */
public final class CatalogueAcceptance {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** What to do with a published catalogue. */
  public enum Outcome {
    /**
     * Write {@link Verdict#text()}: it is newer, the installed copy of the same version differs
     * (one made for an older kiosk format), or the kiosk has no valid catalogue.
     */
    INSTALL,
    /** The kiosk already has this version, field for field. */
    CURRENT,
    /** Not a valid catalogue, or not the region and version the answer names. */
    INVALID,
    /** Another region's catalogue than the installed one. */
    OTHER_REGION,
    /** Older than the installed version. */
    OLDER
  }

  /**
   * @param text the published catalogue as a file, exactly the text that was validated; null when
   *     it is {@link Outcome#INVALID}
   * @param fetched the published catalogue; null when it is {@link Outcome#INVALID}
   * @param reason why, in words for a log or an operator
   */
  public record Verdict(Outcome outcome, String text, Catalogue fetched, String reason) {}

  private CatalogueAcceptance() {}

  /**
   * Judges a published catalogue against the installed one.
   *
   * @param regionCode the region the backend's answer says the catalogue is of
   * @param version the version the backend's answer says it is
   * @param document the catalogue document from the answer
   * @param installed the kiosk's valid catalogue; empty when it has none (any region is taken)
   */
  public static Verdict judge(
      String regionCode, int version, JsonNode document, Optional<Catalogue> installed) {
    String text;
    try {
      text = JSON.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      return new Verdict(Outcome.INVALID, null, null, "the catalogue cannot be written as JSON");
    }
    Catalogue fetched;
    try {
      fetched = CatalogueLoader.parse(text, "the catalogue of region " + regionCode);
    } catch (CatalogueException e) {
      return new Verdict(Outcome.INVALID, null, null, e.getMessage());
    }
    if (fetched.version() != version || !fetched.region().code().equals(regionCode)) {
      return new Verdict(
          Outcome.INVALID,
          null,
          null,
          "the backend says version "
              + version
              + " of "
              + regionCode
              + " but sent version "
              + fetched.version()
              + " of "
              + fetched.region().code());
    }
    if (installed.isPresent()) {
      Catalogue current = installed.get();
      if (!current.region().code().equals(fetched.region().code())) {
        return new Verdict(
            Outcome.OTHER_REGION,
            text,
            fetched,
            "the backend serves region "
                + fetched.region().code()
                + "'s catalogue, the kiosk has region "
                + current.region().code()
                + "'s");
      }
      if (fetched.version() < current.version()) {
        return new Verdict(
            Outcome.OLDER,
            text,
            fetched,
            "the backend serves version "
                + fetched.version()
                + ", older than the installed version "
                + current.version());
      }
      if (fetched.version() == current.version()) {
        if (fetched.equals(current)) {
          return new Verdict(Outcome.CURRENT, text, fetched, "already installed");
        }
        // The copy a kiosk of an older format got (decision 0307): the agent of a newer release
        // asks for its format and installs the same version with the fields its kiosk now reads.
        return new Verdict(
            Outcome.INSTALL, text, fetched, "the installed version as the kiosk's format has it");
      }
    }
    return new Verdict(Outcome.INSTALL, text, fetched, "newer than the installed version");
  }
}
