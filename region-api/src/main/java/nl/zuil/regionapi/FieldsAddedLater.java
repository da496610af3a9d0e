package nl.zuil.regionapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Reads the previous release's bodies as this release's: every {@link AddedLater} field a body
 * leaves out is set to null before a strict reader (one that refuses missing fields) binds it, also
 * inside the records a body holds (the buckets of a batch). Here, beside the records, so that no
 * other module picks fields by hand.
 */
public final class FieldsAddedLater {

  /** Whether a record, or one it holds, has a field added later: only those bodies are parsed. */
  private static final ClassValue<Boolean> HAS_LATER =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return hasLater(type);
        }
      };

  private FieldsAddedLater() {}

  /**
   * The body with the {@link AddedLater} fields of {@code type} it lacks set to null; any other
   * body (complete, not an object) unchanged, so its problems are found and worded as before.
   *
   * @throws JsonProcessingException when the body is not JSON, as the record's reader would
   */
  public static byte[] fillIn(ObjectMapper mapper, byte[] body, Class<?> type)
      throws JsonProcessingException {
    if (!HAS_LATER.get(type)) {
      return body;
    }
    JsonNode tree;
    try {
      // Not JSON is refused here, with the reader's words: left to the record's reader, a nested
      // field this fills in would be reported missing before the broken JSON after it.
      tree = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      return body;
    }
    return tree != null && fillIn(tree, type) ? mapper.writeValueAsBytes(tree) : body;
  }

  /** Fills in {@code node} as a {@code type}; true when it changed anything. */
  private static boolean fillIn(JsonNode node, Type type) {
    if (type instanceof Class<?> record && record.isRecord() && node instanceof ObjectNode object) {
      boolean changed = false;
      for (RecordComponent component : record.getRecordComponents()) {
        String name = component.getName();
        if (!object.has(name)) {
          if (component.isAnnotationPresent(AddedLater.class)) {
            object.putNull(name);
            changed = true;
          }
        } else {
          changed |= fillIn(object.get(name), component.getGenericType());
        }
      }
      return changed;
    }
    if (type instanceof ParameterizedType list
        && list.getRawType() == List.class
        && node.isArray()) {
      boolean changed = false;
      for (JsonNode element : node) {
        changed |= fillIn(element, list.getActualTypeArguments()[0]);
      }
      return changed;
    }
    return false;
  }

  private static boolean hasLater(Type type) {
    if (type instanceof Class<?> record && record.isRecord()) {
      for (RecordComponent component : record.getRecordComponents()) {
        if (component.isAnnotationPresent(AddedLater.class)
            || hasLater(component.getGenericType())) {
          return true;
        }
      }
    }
    return type instanceof ParameterizedType list
        && list.getRawType() == List.class
        && hasLater(list.getActualTypeArguments()[0]);
  }
}
