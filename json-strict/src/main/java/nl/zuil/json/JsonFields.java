package nl.zuil.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * One object of a {@link JsonTree}. Each accessor returns the value when it is right, and otherwise
 * notes the problem (with path and line) and returns empty, so a reader goes on and finds the next
 * problem. Absent and {@code null} are the same: not given.
 */
public final class JsonFields {

  private final JsonTree tree;
  private final String path;
  private final JsonNode node;

  JsonFields(JsonTree tree, String path, JsonNode node) {
    this.tree = tree;
    this.path = path;
    this.node = node;
  }

  /** Where this object is, such as {@code console.desks[1]}; empty for the document. */
  public String path() {
    return path;
  }

  /** The path of one of this object's fields. */
  public String pathOf(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  public boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  public void problem(String field, String message) {
    tree.problem(pathOf(field), message);
  }

  /** Notes every field not in {@code known}. */
  public void allowOnly(Set<String> known) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problem(name, "unknown field (known: " + String.join(", ", new TreeSet<>(known)) + ")");
      }
    }
  }

  /** A non-blank text, stripped; empty when not given. */
  public Optional<String> text(String field) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonNode value = node.get(field);
    if (!value.isTextual() || value.textValue().isBlank()) {
      problem(field, "must be a non-empty text");
      return Optional.empty();
    }
    return Optional.of(value.textValue().strip());
  }

  /** A non-blank text that must be given. */
  public Optional<String> requiredText(String field) {
    if (!has(field)) {
      problem(field, "missing");
    }
    return text(field);
  }

  /** A whole number from {@code min} to {@code max}; empty when not given. */
  public OptionalLong wholeNumber(String field, long min, long max) {
    if (!has(field)) {
      return OptionalLong.empty();
    }
    JsonNode value = node.get(field);
    if (!value.isIntegralNumber()
        || !value.canConvertToLong()
        || value.longValue() < min
        || value.longValue() > max) {
      problem(field, "must be a whole number from " + min + " to " + max);
      return OptionalLong.empty();
    }
    return OptionalLong.of(value.longValue());
  }

  /** A number from {@code min} to {@code max}; empty when not given. */
  public OptionalDouble number(String field, double min, double max) {
    if (!has(field)) {
      return OptionalDouble.empty();
    }
    JsonNode value = node.get(field);
    if (!value.isNumber() || value.doubleValue() < min || value.doubleValue() > max) {
      problem(field, "must be a number from " + (long) min + " to " + (long) max);
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(value.doubleValue());
  }

  /** {@code true} or {@code false}; {@code fallback} when not given. */
  public boolean bool(String field, boolean fallback) {
    if (!has(field)) {
      return fallback;
    }
    JsonNode value = node.get(field);
    if (!value.isBoolean()) {
      problem(field, "must be true or false");
      return fallback;
    }
    return value.booleanValue();
  }

  /** A nested object; empty when not given. */
  public Optional<JsonFields> object(String field) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonNode value = node.get(field);
    if (!value.isObject()) {
      problem(field, "must be an object { ... }");
      return Optional.empty();
    }
    return Optional.of(new JsonFields(tree, pathOf(field), value));
  }

  /**
   * An empty object standing in for one that is missing or wrong, so that a reader goes on and
   * names each field it needed from it.
   */
  public JsonFields emptyObject(String field) {
    return new JsonFields(tree, pathOf(field), JsonNodeFactory.instance.objectNode());
  }

  /**
   * A list of objects; empty when not given. An element that is not an object is noted and left
   * out.
   */
  public Optional<List<JsonFields>> objects(String field, String shape) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonNode value = node.get(field);
    if (!value.isArray()) {
      problem(field, "must be a list of " + shape);
      return Optional.empty();
    }
    List<JsonFields> list = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      String at = pathOf(field) + "[" + i + "]";
      if (value.get(i).isObject()) {
        list.add(new JsonFields(tree, at, value.get(i)));
      } else {
        tree.problem(at, "must be " + shape);
      }
    }
    return Optional.of(list);
  }
}
