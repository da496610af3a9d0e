package nl.zuil.regionapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
   * The body with the {@link AddedLater} fields of {@code type} it lacks set to null; any other
   * body (complete, not an object, not JSON) unchanged, so its problems are found and worded as
   * before.
   */
  public static byte[] fillIn(ObjectMapper mapper, byte[] body, Class<?> type)
      throws JsonProcessingException {
    if (!type.isRecord()) {
      return body;
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (IOException e) {
      return body;
    }
    if (!(tree instanceof ObjectNode object) || !fill(object, type)) {
      return body;
    }
    return mapper.writeValueAsBytes(object);
  }

  /**
   * Sets the missing {@link AddedLater} fields of {@code object} to null, also inside the records
   * and lists of records it holds (a batch's buckets).
   *
   * @return whether anything was added
   */
  private static boolean fill(ObjectNode object, Class<?> type) {
    boolean changed = false;
    for (RecordComponent component : type.getRecordComponents()) {
      String name = component.getName();
      JsonNode value = object.get(name);
      if (value == null) {
        if (component.isAnnotationPresent(AddedLater.class)) {
          object.putNull(name);
          changed = true;
        }
      } else if (value instanceof ObjectNode inner && component.getType().isRecord()) {
        changed |= fill(inner, component.getType());
      } else if (value instanceof ArrayNode items) {
        Class<?> element = recordElement(component);
        if (element != null) {
          for (JsonNode item : items) {
            if (item instanceof ObjectNode inner) {
              changed |= fill(inner, element);
            }
          }
        }
      }
    }
    return changed;
  }

  /** The record type of a {@code List<SomeRecord>} component, or null for any other. */
  private static Class<?> recordElement(RecordComponent component) {
    if (component.getGenericType() instanceof ParameterizedType list
        && List.class.isAssignableFrom(component.getType())
        && list.getActualTypeArguments()[0] instanceof Class<?> element
        && element.isRecord()) {
      return element;
    }
    return null;
  }
}
