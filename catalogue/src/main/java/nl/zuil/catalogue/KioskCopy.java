package nl.zuil.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The catalogue document as a kiosk gets it: the published document without the fields only the
 * backend reads (decision 0703), and without the fields newer than the kiosk's release. A kiosk's
 * loader refuses fields it does not know, and kiosks update one by one, so a kiosk's agent names
 * the {@linkplain #FORMAT kiosk format} it reads when it asks, and an agent that names none gets
 * what a kiosk of the release before per-language links reads (decision 0307).
 */
public final class KioskCopy {

  /** What a kiosk whose agent names no format reads: the release before {@code infoUrls}. */
  public static final int FIRST_FORMAT = 1;

  /**
   * What a kiosk of this release reads: format 1, {@code questionTypes[].infoUrls} (format 2) and
   * {@code recordings} (format 3, decision 0310).
   */
  public static final int FORMAT = 3;

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Question-type fields by the first kiosk format that reads them; {@link Integer#MAX_VALUE} for
   * the fields the statistics read and no kiosk does.
   */
  private static final Map<String, Integer> QUESTION_FIELDS_SINCE =
      Map.of("targetGroup", Integer.MAX_VALUE, "infoUrls", 2);

  /** Top-level fields by the first kiosk format that reads them. */
  private static final Map<String, Integer> FIELDS_SINCE = Map.of("recordings", 3);

  private KioskCopy() {}

  /**
   * @param published a catalogue document as the backend stores it ({@link CatalogueLoader#toJson})
   * @param kioskFormat the format the kiosk reads, at least {@link #FIRST_FORMAT}; one above {@link
   *     #FORMAT} (a later release's kiosk) reads everything this release knows
   */
  public static JsonNode of(String published, int kioskFormat) {
    if (kioskFormat < FIRST_FORMAT) {
      throw new IllegalArgumentException("no kiosk format " + kioskFormat);
    }
    JsonNode document;
    try {
      document = JSON.readTree(published);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a published catalogue is not JSON", e);
    }
    if (document instanceof ObjectNode fields) {
      FIELDS_SINCE.forEach(
          (field, since) -> {
            if (kioskFormat < since) {
              fields.remove(field);
            }
          });
    }
    for (JsonNode questionType : document.path("questionTypes")) {
      if (questionType instanceof ObjectNode fields) {
        QUESTION_FIELDS_SINCE.forEach(
            (field, since) -> {
              if (kioskFormat < since) {
                fields.remove(field);
              }
            });
      }
    }
    return document;
  }
}
