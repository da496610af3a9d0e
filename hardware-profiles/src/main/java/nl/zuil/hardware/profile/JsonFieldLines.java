package nl.zuil.hardware.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line each field path ({@code printer.paper.dpi}) starts on, so that a problem found after
 * binding still points the installer at a line of the file.
 */
final class JsonFieldLines {

  private final Map<String, Integer> lineByPath;

  private JsonFieldLines(Map<String, Integer> lineByPath) {
    this.lineByPath = lineByPath;
  }

  /** Indexes {@code json} up to its first syntax error, if it has one. */
  static JsonFieldLines of(String json) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        JsonStreamContext context = parser.getParsingContext();
        if (token.isStructStart()) {
          context = context.getParent();
        }
        lines.putIfAbsent(path(context), parser.currentTokenLocation().getLineNr());
      }
    } catch (IOException e) {
      // Malformed JSON: the fields before the error keep their lines, which is all we can know.
    }
    return new JsonFieldLines(lines);
  }

  /** The line of {@code field}, else of the nearest enclosing field that is in the file; or 0. */
  int lineOf(String field) {
    String path = field;
    while (!path.isEmpty()) {
      Integer line = lineByPath.get(path);
      if (line != null) {
        return line;
      }
      path = path.substring(0, Math.max(0, Math.max(path.lastIndexOf('.'), path.lastIndexOf('['))));
    }
    return 0;
  }

  private static String path(JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return "";
    }
    String parent = path(context.getParent());
    if (context.inArray()) {
      return parent + "[" + Math.max(context.getCurrentIndex(), 0) + "]";
    }
    String name = context.getCurrentName();
    if (name == null) {
      return parent;
    }
    return parent.isEmpty() ? name : parent + "." + name;
  }
}
