package nl.zuil.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps field paths such as {@code questionTypes[2].labels.nl} to the line they start on, so a
 * problem found after binding (a duplicate code, a missing label) still names its line.
 */
public final class JsonLines {

  private final Map<String, Integer> lines;
  private final Optional<Duplicate> duplicate;

  /** A field an object names a second time, and the line of that second time. */
  public record Duplicate(String field, int line) {}

  private JsonLines(Map<String, Integer> lines, Optional<Duplicate> duplicate) {
    this.lines = lines;
    this.duplicate = duplicate;
  }

  /** Indexes well-formed JSON; call only after the text has parsed. */
  public static JsonLines of(String json) throws IOException {
    Map<String, Integer> lines = new HashMap<>();
    Duplicate duplicate = null;
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        JsonStreamContext context = parser.getParsingContext();
        if (token.isStructStart()) {
          context = context.getParent();
        }
        String path = pathOf(context);
        int line = parser.currentTokenLocation().getLineNr();
        Integer earlier = lines.putIfAbsent(path, line);
        // A field name's path is new unless the same object named that field before.
        if (token == JsonToken.FIELD_NAME && earlier != null && duplicate == null) {
          duplicate = new Duplicate(path, line);
        }
      }
    }
    return new JsonLines(lines, Optional.ofNullable(duplicate));
  }

  /** The first field an object names twice, such as {@code region.code}. */
  public Optional<Duplicate> duplicate() {
    return duplicate;
  }

  /** The line of {@code field}, or of its nearest enclosing field; 0 if none is known. */
  public int lineOf(String field) {
    String path = field;
    while (true) {
      Integer line = lines.get(path);
      if (line != null) {
        return line;
      }
      int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      if (cut <= 0) {
        return lines.getOrDefault(path.substring(0, Math.max(cut, 0)), 0);
      }
      path = path.substring(0, cut);
    }
  }

  static String pathOf(JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return "";
    }
    String parent = pathOf(context.getParent());
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
