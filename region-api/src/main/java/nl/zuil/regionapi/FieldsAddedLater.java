package nl.zuil.regionapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the previous release's bodies as this release's: every {@link AddedLater} field a body
 * leaves out is set to null before a strict reader (one that refuses missing fields) binds it.
 * Here, beside the records, so that no other module picks fields by hand.
 */
public final class FieldsAddedLater {

  private FieldsAddedLater() {}

  /**
   * The body with the {@link AddedLater} fields of {@code type} it lacks set to null; any other
   * body (complete, not an object, not JSON) unchanged, so its problems are found and worded as
   * before.
   */
  public static byte[] fillIn(ObjectMapper mapper, byte[] body, Class<?> type)
      throws JsonProcessingException {
    if (!type.isRecord()) {
      return body;
    }
    List<String> later =
        Arrays.stream(type.getRecordComponents())
            .filter(c -> c.isAnnotationPresent(AddedLater.class))
            .map(RecordComponent::getName)
            .toList();
    if (later.isEmpty()) {
      return body;
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (IOException e) {
      return body;
    }
    if (!(tree instanceof ObjectNode object) || later.stream().allMatch(object::has)) {
      return body;
    }
    later.stream().filter(name -> !object.has(name)).forEach(object::putNull);
    return mapper.writeValueAsBytes(object);
  }
}
