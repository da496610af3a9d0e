package nl.zuil.catalogue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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
          file.toString(), List.of(new CatalogueProblem("", 0, "cannot be read: " + e)));
    }
    return parse(json, file.toString());
  }

  /**
   * @param source names the file or upload in error messages
   */
  public static Catalogue parse(String json, String source) throws CatalogueException {
    Catalogue catalogue;
    try {
      catalogue = MAPPER.readValue(json, Catalogue.class);
    } catch (JsonProcessingException e) {
      throw new CatalogueException(source, List.of(bindingProblem(json, e)));
    }
    if (catalogue == null) {
      throw new CatalogueException(source, List.of(new CatalogueProblem("", 1, "file is empty")));
    }
    List<CatalogueProblem> problems = CatalogueValidator.validate(catalogue);
    if (!problems.isEmpty()) {
      JsonLineIndex lines = lineIndex(json);
      throw new CatalogueException(
          source,
          problems.stream()
              .map(p -> new CatalogueProblem(p.field(), lines.lineOf(p.field()), p.message()))
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

  private static JsonLineIndex lineIndex(String json) {
    try {
      return JsonLineIndex.of(json);
    } catch (IOException e) {
      throw new IllegalStateException("JSON that bound cleanly failed to re-read", e);
    }
  }

  private static CatalogueProblem bindingProblem(String json, JsonProcessingException e) {
    int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    String reason = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
    Optional<JsonLineIndex> wellFormed = wellFormedIndex(json);
    if (!(e instanceof JsonMappingException mapping) || wellFormed.isEmpty()) {
      // The parser stopped at the fault, so its own location is the line to report.
      return new CatalogueProblem("", line, "not valid JSON: " + reason);
    }
    String field = fieldPath(mapping);
    // Well-formed JSON: Jackson buffers record properties and reports the object's end, so the
    // field's own line comes from the index.
    int fieldLine = field.isEmpty() ? 0 : wellFormed.get().lineOf(field);
    if (fieldLine > 0) {
      line = fieldLine;
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      reason = "unknown field '" + unknown.getPropertyName() + "'";
    }
    return new CatalogueProblem(field, line, reason);
  }

  private static Optional<JsonLineIndex> wellFormedIndex(String json) {
    try {
      return Optional.of(JsonLineIndex.of(json));
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
