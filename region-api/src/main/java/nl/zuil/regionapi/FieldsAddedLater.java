package nl.zuil.regionapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Reads the previous release's bodies as this release's: every {@link AddedLater} field a body
 * leaves out is set to null before a strict reader (one that refuses missing fields) binds it.
 * Here, beside the records, so that no other module picks fields by hand.
 */
public final class FieldsAddedLater {

  private FieldsAddedLater() {}

  /**
   * The body with the {@link AddedLater} fields of {@code type} it lacks set to null, also inside
   * the records it holds, alone or in lists (a bucket of a batch); any other body (complete, not an
   * object, not JSON) unchanged, so its problems are found and worded as before.
   */
  public static byte[] fillIn(ObjectMapper mapper, byte[] body, Class<?> type)
      throws JsonProcessingException {
    if (!type.isRecord()) {
      return body;
    }
    JsonNode tree;
    long end;
    try (JsonParser parser = mapper.createParser(body)) {
      // Only the first JSON value: what follows is kept below, for the strict reader to refuse.
      tree =
          mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
      end = parser.currentLocation().getByteOffset();
    } catch (IOException e) {
      return body;
    }
    if (tree == null || end < 0 || end > body.length || !fill(tree, type)) {
      return body;
    }
    ByteArrayOutputStream filled = new ByteArrayOutputStream(body.length + 64);
    filled.writeBytes(mapper.writeValueAsBytes(tree));
    filled.write(body, (int) end, body.length - (int) end);
    return filled.toByteArray();
  }

  /** Fills in {@code node} as a {@code type}; whether anything was added. */
  private static boolean fill(JsonNode node, Class<?> type) {
    if (!(node instanceof ObjectNode object) || !type.isRecord()) {
      return false;
    }
    boolean added = false;
    for (RecordComponent component : type.getRecordComponents()) {
      String name = component.getName();
      if (component.isAnnotationPresent(AddedLater.class) && !object.has(name)) {
        object.putNull(name);
        added = true;
        continue;
      }
      JsonNode value = object.get(name);
      if (value == null) {
        continue;
      }
      if (component.getType().isRecord()) {
        added |= fill(value, component.getType());
      } else if (List.class.isAssignableFrom(component.getType())
          && component.getGenericType() instanceof ParameterizedType list
          && list.getActualTypeArguments()[0] instanceof Class<?> element
          && element.isRecord()
          && value.isArray()) {
        for (JsonNode item : value) {
          added |= fill(item, element);
        }
      }
    }
    return added;
  }
}
