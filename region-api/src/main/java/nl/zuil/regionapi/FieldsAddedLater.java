package nl.zuil.regionapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
   * The body with the {@link AddedLater} fields of {@code type} (and of the records inside it) it
   * lacks set to null; any other body (complete, not an object, not JSON) unchanged, so its
   * problems are found and worded as before.
   */
  public static byte[] fillIn(ObjectMapper mapper, byte[] body, Class<?> type)
      throws JsonProcessingException {
    if (!type.isRecord() || !mentionsAddedLater(type)) {
      return body;
    }
    JsonNode tree;
    long end;
    try (JsonParser parser = mapper.createParser(body)) {
      tree =
          mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
      end = parser.currentLocation().getByteOffset();
    } catch (IOException e) {
      return body;
    }
    if (!(tree instanceof ObjectNode object) || !fill(object, type)) {
      return body;
    }
    // Whatever follows the object is kept for the strict reader to refuse as it did before.
    ByteArrayOutputStream filled = new ByteArrayOutputStream(body.length + 64);
    filled.writeBytes(mapper.writeValueAsBytes(object));
    filled.write(body, (int) end, body.length - (int) end);
    return filled.toByteArray();
  }

  /**
   * Sets the missing {@link AddedLater} fields of {@code object} and of the records it holds, in
   * fields or lists (a batch's buckets), to null.
   *
   * @return whether anything was missing
   */
  private static boolean fill(ObjectNode object, Class<?> type) {
    boolean filled = false;
    for (RecordComponent component : type.getRecordComponents()) {
      String name = component.getName();
      if (component.isAnnotationPresent(AddedLater.class) && !object.has(name)) {
        object.putNull(name);
        filled = true;
      }
      Class<?> inner = recordInside(component);
      JsonNode value = object.get(name);
      if (inner == null || value == null) {
        continue;
      }
      if (value instanceof ObjectNode one) {
        filled |= fill(one, inner);
      } else if (value instanceof ArrayNode many) {
        for (JsonNode element : many) {
          if (element instanceof ObjectNode one) {
            filled |= fill(one, inner);
          }
        }
      }
    }
    return filled;
  }

  private static boolean mentionsAddedLater(Class<?> type) {
    for (RecordComponent component : type.getRecordComponents()) {
      Class<?> inner = recordInside(component);
      if (component.isAnnotationPresent(AddedLater.class)
          || (inner != null && inner != type && mentionsAddedLater(inner))) {
        return true;
      }
    }
    return false;
  }

  /** The record type a component holds directly or as a list's elements; null for none. */
  private static Class<?> recordInside(RecordComponent component) {
    if (component.getType().isRecord()) {
      return component.getType();
    }
    if (List.class.isAssignableFrom(component.getType())
        && component.getGenericType() instanceof ParameterizedType list
        && list.getActualTypeArguments()[0] instanceof Class<?> element
        && element.isRecord()) {
      return element;
    }
    return null;
  }
}
