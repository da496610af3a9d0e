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
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
import nl.zuil.json.JsonProblem.Kind;

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
   * the same way): every required field present, every plain value of its kind.
   *
   * @throws StrictJsonException naming every missing field and wrong value, or the first problem
   *     only binding finds, by path and line
   */
  public static <T> T read(String json, Class<T> type) throws StrictJsonException {
    Parsed parsed = parse(json, type);
    List<JsonProblem> problems = new ArrayList<>();
    check(parsed.tree(), type, "", parsed.lines(), problems);
    if (!problems.isEmpty()) {
      throw new StrictJsonException(problems);
    }
    return bind(parsed, type);
  }

  /**
   * Binds {@code json} into {@code type} as strictly as {@link #read}, but leaves missing fields to
   * the caller, whose validator words them for its own readers (the catalogue, the hardware
   * profiles). Stops at the first problem.
   */
  public static <T> T bind(String json, Class<T> type) throws StrictJsonException {
    return bind(parse(json, type), type);
  }

  private record Parsed(JsonNode tree, JsonLines lines) {}

  private static Parsed parse(String json, Class<?> type) throws StrictJsonException {
    JsonLines lines;
    try {
      lines = JsonLines.of(json);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String reason = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
      throw problem(JsonProblem.of("", line, Kind.NOT_JSON, "not valid JSON: " + reason));
    } catch (IOException e) {
      throw new IllegalStateException("reading a String failed", e);
    }
    if (lines.duplicate().isPresent()) {
      JsonLines.Duplicate twice = lines.duplicate().get();
      throw problem(
          JsonProblem.of(
              twice.field(),
              twice.line(),
              Kind.NAMED_TWICE,
              "named twice; a field may appear only once"));
    }
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw problem(
          JsonProblem.of("", 0, Kind.NOT_JSON, "not valid JSON: " + e.getOriginalMessage()));
    }
    if (tree == null || tree.isMissingNode()) {
      throw problem(
          JsonProblem.of("", 0, Kind.EMPTY, "the file is empty; expected an object { ... }"));
    }
    if (type.isRecord() && !tree.isObject()) {
      throw problem(JsonProblem.of("", 1, Kind.NOT_OBJECT, "expected an object { ... }"));
    }
    return new Parsed(tree, lines);
  }

  private static <T> T bind(Parsed parsed, Class<T> type) throws StrictJsonException {
    try {
      return MAPPER.treeToValue(parsed.tree(), type);
    } catch (InvalidDefinitionException e) {
      throw new IllegalStateException(type + " cannot be read from JSON", e);
    } catch (JsonMappingException e) {
      String path = path(e.getPath());
      throw problem(explain(e, path, parsed.lines().lineOf(path)));
    } catch (JsonProcessingException e) {
      throw problem(JsonProblem.of("", 0, Kind.INVALID, e.getOriginalMessage()));
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
      problems.add(wrongType(path, lines.lineOf(path), raw, ""));
    } else if (raw.isRecord() && node.isObject()) {
      for (RecordComponent component : raw.getRecordComponents()) {
        String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
        JsonNode value = node.get(component.getName());
        boolean optional = component.isAnnotationPresent(MayBeNull.class);
        if (value == null || value.isNull()) {
          if (!optional) {
            problems.add(
                value == null
                    ? JsonProblem.of(child, lines.lineOf(child), Kind.MISSING, "missing")
                    : JsonProblem.of(
                        child, lines.lineOf(child), Kind.NULL, "is null; a value is required"));
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
          problems.add(
              JsonProblem.of(
                  child, lines.lineOf(child), Kind.NULL, "is null; a value is required"));
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

  private static JsonProblem explain(JsonMappingException e, String path, int line) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      TreeSet<String> known = new TreeSet<>();
      unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
      return new JsonProblem(
          path,
          line,
          Kind.UNKNOWN_FIELD,
          unknown.getPropertyName(),
          List.copyOf(known),
          "unknown field (known: " + String.join(", ", known) + ")");
    }
    if (e instanceof ValueInstantiationException refused && refused.getCause() != null) {
      return JsonProblem.of(path, line, Kind.INVALID, refused.getCause().getMessage());
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      String value =
          e instanceof InvalidFormatException invalid ? String.valueOf(invalid.getValue()) : "";
      return wrongType(path, line, mismatch.getTargetType(), value);
    }
    String reason = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
    return JsonProblem.of(path, line, Kind.INVALID, reason);
  }

  private static JsonProblem wrongType(String path, int line, Class<?> target, String value) {
    if (target == int.class
        || target == long.class
        || target == short.class
        || target == Integer.class
        || target == Long.class
        || target == Short.class) {
      return JsonProblem.of(path, line, Kind.NOT_WHOLE_NUMBER, "expected a whole number");
    }
    if (target == double.class || target == float.class || Number.class.isAssignableFrom(target)) {
      return JsonProblem.of(path, line, Kind.NOT_NUMBER, "expected a number");
    }
    if (target == boolean.class || target == Boolean.class) {
      return JsonProblem.of(path, line, Kind.NOT_TRUE_OR_FALSE, "expected true or false");
    }
    if (CharSequence.class.isAssignableFrom(target)) {
      return JsonProblem.of(path, line, Kind.NOT_TEXT, "expected a text");
    }
    if (target == Instant.class) {
      return JsonProblem.of(
          path, line, Kind.NOT_MOMENT, "expected a moment such as \"2026-11-23T09:30:00Z\"");
    }
    if (target.isEnum()) {
      List<String> values = new ArrayList<>();
      for (Object constant : target.getEnumConstants()) {
        values.add(MAPPER.convertValue(constant, String.class));
      }
      return new JsonProblem(
          path,
          line,
          Kind.NOT_ONE_OF,
          value,
          values,
          "expected one of " + String.join(", ", values));
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return JsonProblem.of(path, line, Kind.NOT_LIST, "expected a list [ ... ]");
    }
    return JsonProblem.of(path, line, Kind.NOT_OBJECT, "expected an object { ... }");
  }

  private static StrictJsonException problem(JsonProblem problem) {
    return new StrictJsonException(List.of(problem));
  }
}
