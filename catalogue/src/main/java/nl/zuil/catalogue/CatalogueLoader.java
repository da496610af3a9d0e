package nl.zuil.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.zuil.json.JsonLines;
import nl.zuil.json.JsonProblem;
import nl.zuil.json.StrictJson;
import nl.zuil.json.StrictJsonException;

/** Reads a catalogue from JSON and hands it out only when it is valid. */
public final class CatalogueLoader {

  private static final String DEFAULT_RESOURCE = "default-catalogue.json";

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
      // Missing fields are the validator's to name, in the region's words.
      catalogue = StrictJson.bind(json, Catalogue.class);
    } catch (StrictJsonException e) {
      throw new CatalogueException(
          source, e.problems().stream().map(CatalogueLoader::problem).toList());
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
    return StrictJson.pretty(catalogue);
  }

  private static JsonLines lineIndex(String json) {
    try {
      return JsonLines.of(json);
    } catch (IOException e) {
      throw new IllegalStateException("JSON that bound cleanly failed to re-read", e);
    }
  }

  /** A problem the strict reader found, as the catalogue names it. */
  private static CatalogueProblem problem(JsonProblem p) {
    String field = p.path();
    int line = p.line();
    return switch (p.kind()) {
      case NOT_JSON -> CatalogueProblem.of("", line, ProblemKind.NOT_JSON, reason(p.message()));
      case EMPTY -> CatalogueProblem.of("", 0, ProblemKind.FILE_EMPTY);
      case NAMED_TWICE -> CatalogueProblem.of(field, line, ProblemKind.FIELD_TWICE);
      case UNKNOWN_FIELD -> CatalogueProblem.of(field, line, ProblemKind.UNKNOWN_FIELD, p.value());
      case NOT_WHOLE_NUMBER, NOT_NUMBER ->
          CatalogueProblem.of(field, line, ProblemKind.NOT_A_NUMBER);
      case NOT_TRUE_OR_FALSE -> CatalogueProblem.of(field, line, ProblemKind.NOT_TRUE_OR_FALSE);
      case NOT_TEXT, NOT_MOMENT -> CatalogueProblem.of(field, line, ProblemKind.NOT_TEXT);
      case NOT_LIST -> CatalogueProblem.of(field, line, ProblemKind.NOT_A_LIST);
      case NOT_OBJECT -> CatalogueProblem.of(field, line, ProblemKind.NOT_AN_OBJECT);
      case NOT_ONE_OF ->
          CatalogueProblem.of(field, line, ProblemKind.NOT_ONE_OF, String.join(", ", p.choices()));
      case MISSING -> CatalogueProblem.of(field, line, ProblemKind.MISSING);
      case NULL, INVALID ->
          CatalogueProblem.of(field, line, ProblemKind.UNREADABLE_VALUE, p.message());
    };
  }

  /** The parser's own words after the strict reader's "not valid JSON: ". */
  private static String reason(String message) {
    String prefix = "not valid JSON: ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }
}
