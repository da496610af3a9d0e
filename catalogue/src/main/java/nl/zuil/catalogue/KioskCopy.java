package nl.zuil.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The catalogue document as kiosks get it: the published document without the fields only the
 * backend reads. A kiosk's loader refuses fields it does not know, and kiosks update one by one, so
 * a field the kiosk never needs must not reach it: a kiosk of the previous release then still
 * accepts every catalogue the new backend publishes (decision 0703).
 */
public final class KioskCopy {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Question-type fields the statistics read and the kiosk does not. */
  private static final String[] BACKEND_ONLY_QUESTION_FIELDS = {"targetGroup"};

  private KioskCopy() {}

  /**
   * @param published a catalogue document as the backend stores it ({@link CatalogueLoader#toJson})
   */
  public static JsonNode of(String published) {
    JsonNode document;
    try {
      document = JSON.readTree(published);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a published catalogue is not JSON", e);
    }
    for (JsonNode questionType : document.path("questionTypes")) {
      if (questionType instanceof ObjectNode fields) {
        for (String field : BACKEND_ONLY_QUESTION_FIELDS) {
          fields.remove(field);
        }
      }
    }
    return document;
  }
}
