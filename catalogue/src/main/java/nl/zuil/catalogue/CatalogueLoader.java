package nl.zuil.catalogue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.zuil.json.JsonLines;

/** Reads a catalogue from JSON and hands it out only when it is valid. */
public final class CatalogueLoader {

  private static final String DEFAULT_RESOURCE = "default-catalogue.json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private CatalogueLoader() {}

  public static Catalogue load(Path file) throws CatalogueException {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CatalogueException(
          file.toString(), List.of(CatalogueProblem.of("", 0, ProblemKind.FILE_UNREADABLE, e)));
    }
    return parse(json, file.toString());
  }

  /**
   * @param source names the file or upload in error messages
   */
  public static Catalogue parse(String json, String source) throws CatalogueException {
    if (json.isBlank()) {
      throw new CatalogueException(
          source, List.of(CatalogueProblem.of("", 0, ProblemKind.FILE_EMPTY)));
    }
    Catalogue catalogue;
    try {
      catalogue = MAPPER.readValue(json, Catalogue.class);
    } catch (JsonProcessingException e) {
      throw new CatalogueException(source, List.of(bindingProblem(json, e)));
    }
    if (catalogue == null) {
      // The whole file is the word null.
      throw new CatalogueException(
          source, List.of(CatalogueProblem.of("", 1, ProblemKind.NOT_AN_OBJECT)));
    }
    List<CatalogueProblem> problems = CatalogueValidator.validate(catalogue);
    if (!problems.isEmpty()) {
      JsonLines lines = lineIndex(json);
      throw new CatalogueException(
          source,
          problems.stream()
              .map(p -> p.atLine(lines.lineOf(p.field())))
              .collect(Collectors.toList()));
    }
    return catalogue;
  }

  /** The default catalogue shipped with Zuil, the starting point a region edits. */
  public static Catalogue loadDefault() {
    try {
      return parse(defaultJson(), DEFAULT_RESOURCE);
    } catch (CatalogueException e) {
      throw new IllegalStateException("the bundled catalogue is invalid: " + e.getMessage(), e);
    }
  }

  public static String defaultJson() {
    try (InputStream in = CatalogueLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String toJson(Catalogue catalogue) {
    try {
      return MAPPER.writeValueAsString(catalogue);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a catalogue record failed to serialise", e);
    }
  }

  private static JsonLines lineIndex(String json) {
    try {
      return JsonLines.of(json);
    } catch (IOException e) {
      throw new IllegalStateException("JSON that bound cleanly failed to re-read", e);
    }
  }

  private static CatalogueProblem bindingProblem(String json, JsonProcessingException e) {
    int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    String reason = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
    Optional<JsonLines> wellFormed = wellFormedIndex(json);
    Optional<JsonLines.Duplicate> twice = wellFormed.flatMap(JsonLines::duplicate);
    if (twice.isPresent()) {
      // Only the strict parser refuses a field named twice; the index's parser read it.
      return CatalogueProblem.of(twice.get().field(), twice.get().line(), ProblemKind.FIELD_TWICE);
    }
    if (!(e instanceof JsonMappingException mapping) || wellFormed.isEmpty()) {
      // The parser stopped at the fault, so its own location is the line to report.
      return CatalogueProblem.of("", line, ProblemKind.NOT_JSON, reason);
    }
    String field = fieldPath(mapping);
    // Well-formed JSON: Jackson buffers record properties and reports the object's end, so the
    // field's own line comes from the index.
    int fieldLine = field.isEmpty() ? 0 : wellFormed.get().lineOf(field);
    if (fieldLine > 0) {
      line = fieldLine;
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return CatalogueProblem.of(field, line, ProblemKind.UNKNOWN_FIELD, unknown.getPropertyName());
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      Class<?> expected = mismatch.getTargetType();
      if (expected.isEnum()) {
        return CatalogueProblem.of(field, line, ProblemKind.NOT_ONE_OF, choices(expected));
      }
      return CatalogueProblem.of(field, line, wrongType(expected));
    }
    return CatalogueProblem.of(field, line, ProblemKind.UNREADABLE_VALUE, reason);
  }

  /** What the file should have written where a value of {@code expected} was wanted. */
  private static ProblemKind wrongType(Class<?> expected) {
    if (expected == boolean.class || expected == Boolean.class) {
      return ProblemKind.NOT_TRUE_OR_FALSE;
    }
    if (expected.isPrimitive() || Number.class.isAssignableFrom(expected)) {
      return ProblemKind.NOT_A_NUMBER;
    }
    if (CharSequence.class.isAssignableFrom(expected)) {
      return ProblemKind.NOT_TEXT;
    }
    if (expected.isArray() || Collection.class.isAssignableFrom(expected)) {
      return ProblemKind.NOT_A_LIST;
    }
    return ProblemKind.NOT_AN_OBJECT;
  }

  /** The values an enum takes in the file, as Jackson writes them: {@code ltr, rtl}. */
  private static String choices(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(constant -> MAPPER.convertValue(constant, String.class))
        .collect(Collectors.joining(", "));
  }

  private static Optional<JsonLines> wellFormedIndex(String json) {
    try {
      return Optional.of(JsonLines.of(json));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String fieldPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      }
    }
    return path.toString();
  }
}
