package nl.zuil.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A settings file a person edits, read field by field so that every problem in it is reported at
 * once, each with its path and line: an installer fixes the file in one round. Well-formedness and
 * fields named twice are checked on {@link #parse}; what each field must hold is up to the reader,
 * through {@link #root()}.
 *
 * <p>For files one process writes and another reads, {@link StrictJson} binds records directly.
 */
public final class JsonTree {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonLines lines;
  private final JsonFields root;
  private final List<JsonProblem> problems = new ArrayList<>();

  private JsonTree(JsonLines lines, JsonNode root) {
    this.lines = lines;
    this.root = new JsonFields(this, "", root);
  }

  /**
   * @throws StrictJsonException when the text is not JSON, names a field twice or is not an object
   */
  public static JsonTree parse(String json) throws StrictJsonException {
    JsonLines lines;
    JsonNode root;
    try {
      lines = JsonLines.of(json);
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw one("", line, JsonProblem.Kind.NOT_JSON, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalStateException("reading a String failed", e);
    }
    if (lines.duplicate().isPresent()) {
      JsonLines.Duplicate twice = lines.duplicate().get();
      throw one(
          twice.field(),
          twice.line(),
          JsonProblem.Kind.NAMED_TWICE,
          "named twice; a field may appear only once");
    }
    if (root == null || !root.isObject()) {
      throw one("", 1, JsonProblem.Kind.NOT_OBJECT, "must be a JSON object { ... }");
    }
    return new JsonTree(lines, root);
  }

  public JsonFields root() {
    return root;
  }

  /** Notes a problem with the field at {@code path}; its line is looked up. */
  public void problem(String path, String message) {
    problems.add(JsonProblem.of(path, lines.lineOf(path), JsonProblem.Kind.INVALID, message));
  }

  public List<JsonProblem> problems() {
    return List.copyOf(problems);
  }

  /** Call when every field was read. */
  public void throwIfProblems() throws StrictJsonException {
    if (!problems.isEmpty()) {
      throw new StrictJsonException(problems);
    }
  }

  private static StrictJsonException one(
      String path, int line, JsonProblem.Kind kind, String message) {
    return new StrictJsonException(List.of(JsonProblem.of(path, line, kind, message)));
  }
}
