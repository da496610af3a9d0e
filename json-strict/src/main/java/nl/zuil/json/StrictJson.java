package nl.zuil.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads JSON into records strictly and writes records back. Refuses what a lenient reader would
 * guess at: a field named twice, a required field missing or {@code null} (see {@link MayBeNull}),
 * a text where a number belongs and the other way round ({@code "52"} is not 52), a fraction where
 * a whole number belongs, trailing content, and fields the record does not know unless the record
 * says {@code @JsonIgnoreProperties(ignoreUnknown = true)}. Every problem names its path and line,
 * so that a person can fix the file.
 *
 * <p>Jackson stops binding at the first wrong value; missing fields are all found before that, so a
 * file with several missing fields is fixed in one round.
 */
public final class StrictJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .withCoercionConfig(
              LogicalType.Textual,
              c ->
                  c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .withCoercionConfig(
              LogicalType.Integer,
              c ->
                  c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
          .withCoercionConfig(
              LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
          .withCoercionConfig(
              LogicalType.Boolean,
              c ->
                  c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
          .addModule(InstantText.module())
          .serializationInclusion(JsonInclude.Include.ALWAYS)
          .build();

  private StrictJson() {}

  /**
   * Reads {@code json} into {@code type}, a record (records inside it and lists of them are checked
   * the same way).
   *
   * @throws StrictJsonException naming every missing field, or the first wrong value, by path and
   *     line
   */
  public static <T> T read(String json, Class<T> type) throws StrictJsonException {
    JsonLines lines;
    try {
      lines = JsonLines.of(json);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw problem("", line, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalStateException("reading a String failed", e);
    }
    if (lines.duplicate().isPresent()) {
      JsonLines.Duplicate twice = lines.duplicate().get();
      throw problem(twice.field(), twice.line(), "named twice; a field may appear only once");
    }
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw problem("", 0, "not valid JSON: " + e.getOriginalMessage());
    }
    if (tree == null || tree.isMissingNode()) {
      throw problem("", 0, "the file is empty; expected an object { ... }");
    }
    if (type.isRecord() && !tree.isObject()) {
      throw problem("", 1, "expected an object { ... }");
    }
    List<JsonProblem> problems = new ArrayList<>();
    check(tree, type, "", lines, problems);
    if (!problems.isEmpty()) {
      throw new StrictJsonException(problems);
    }
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (InvalidDefinitionException e) {
      throw new IllegalStateException(type + " cannot be read from JSON", e);
    } catch (JsonMappingException e) {
      String path = path(e.getPath());
      throw problem(path, lines.lineOf(path), explain(e));
    } catch (JsonProcessingException e) {
      throw problem("", 0, e.getOriginalMessage());
    }
  }

  /** One line, as a process writes a file another reads. */
  public static String compact(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(value.getClass() + " cannot be written as JSON", e);
    }
  }

  /** Jackson's default pretty form ({@code "name" : value}, two-space indent, no final newline). */
  public static String pretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(value.getClass() + " cannot be written as JSON", e);
    }
  }

  /** A record as a JSON tree, for a writer that merges it into a file someone may have edited. */
  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /**
   * Every required record component present and not null, and every plain value of its kind, down
   * through records and lists.
   */
  private static void check(
      JsonNode node, Type type, String path, JsonLines lines, List<JsonProblem> problems) {
    Class<?> raw = rawClass(type);
    if (!fits(node, raw)) {
      problems.add(new JsonProblem(path, lines.lineOf(path), expected(raw)));
    } else if (raw.isRecord() && node.isObject()) {
      for (RecordComponent component : raw.getRecordComponents()) {
        String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
        JsonNode value = node.get(component.getName());
        boolean optional = component.isAnnotationPresent(MayBeNull.class);
        if (value == null || value.isNull()) {
          if (!optional) {
            problems.add(
                new JsonProblem(
                    child,
                    lines.lineOf(child),
                    value == null ? "missing" : "is null; a value is required"));
          }
        } else {
          check(value, component.getGenericType(), child, lines, problems);
        }
      }
    } else if (Collection.class.isAssignableFrom(raw)
        && node.isArray()
        && type instanceof ParameterizedType list) {
      Type element = list.getActualTypeArguments()[0];
      for (int i = 0; i < node.size(); i++) {
        String child = path + "[" + i + "]";
        if (node.get(i).isNull()) {
          problems.add(new JsonProblem(child, lines.lineOf(child), "is null; a value is required"));
        } else {
          check(node.get(i), element, child, lines, problems);
        }
      }
    }
  }

  /** Whether {@code node} can be a {@code type} at all; values are checked when binding. */
  private static boolean fits(JsonNode node, Class<?> type) {
    if (type == int.class || type == Integer.class) {
      return node.isIntegralNumber() && node.canConvertToInt();
    }
    if (type == long.class || type == Long.class) {
      return node.isIntegralNumber() && node.canConvertToLong();
    }
    if (type == double.class || type == Double.class || type == float.class) {
      return node.isNumber();
    }
    if (type == boolean.class || type == Boolean.class) {
      return node.isBoolean();
    }
    if (type == String.class || type.isEnum()) {
      return node.isTextual();
    }
    if (type == Instant.class) {
      return node.isTextual() && parses(node.textValue());
    }
    if (type.isRecord()) {
      return node.isObject();
    }
    if (Collection.class.isAssignableFrom(type)) {
      return node.isArray();
    }
    return true;
  }

  private static boolean parses(String instant) {
    try {
      Instant.parse(instant);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String explain(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      TreeSet<String> known = new TreeSet<>();
      unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
      return "unknown field (known: " + String.join(", ", known) + ")";
    }
    if (e instanceof ValueInstantiationException refused && refused.getCause() != null) {
      return refused.getCause().getMessage();
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
        && mismatch.getTargetType() != null) {
      return expected(mismatch.getTargetType());
    }
    return e.getOriginalMessage();
  }

  private static String expected(Class<?> target) {
    if (target == int.class
        || target == long.class
        || target == short.class
        || target == Integer.class
        || target == Long.class
        || target == Short.class) {
      return "expected a whole number";
    }
    if (target == double.class
        || target == float.class
        || target == Double.class
        || target == Float.class) {
      return "expected a number";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "expected true or false";
    }
    if (target == String.class) {
      return "expected a text";
    }
    if (target == Instant.class) {
      return "expected a moment such as \"2026-11-23T09:30:00Z\"";
    }
    if (target.isEnum()) {
      List<String> values = new ArrayList<>();
      for (Object constant : target.getEnumConstants()) {
        values.add(MAPPER.convertValue(constant, String.class));
      }
      return "expected one of " + String.join(", ", values);
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "expected a list [ ... ]";
    }
    return "expected an object { ... }";
  }

  private static StrictJsonException problem(String path, int line, String message) {
    return new StrictJsonException(List.of(new JsonProblem(path, line, message)));
  }
}
