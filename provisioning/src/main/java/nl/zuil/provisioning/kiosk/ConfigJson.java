package nl.zuil.provisioning.kiosk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the config files the tool owns, always the same way: fields in a fixed order, two-space
 * indent, a final newline. Same input, same bytes, so a second run finds nothing to change.
 */
public final class ConfigJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private ConfigJson() {}

  /**
   * {@code owned} in its own order, then whatever else {@code existing} holds in its order:
   * settings someone added by hand (or a newer Zuil) survive a re-run.
   */
  public static ObjectNode merge(Optional<ObjectNode> existing, ObjectNode owned) {
    ObjectNode merged = owned.deepCopy();
    existing.ifPresent(
        old -> {
          Iterator<Map.Entry<String, JsonNode>> fields = old.fields();
          while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!merged.has(field.getKey())) {
              merged.set(field.getKey(), field.getValue());
            }
          }
        });
    return merged;
  }

  /** Parses JSON text the tool was given (and has validated); for re-rendering it. */
  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static String render(JsonNode node) {
    try {
      return MAPPER.writer(PRETTY).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree failed to serialise", e);
    }
  }

  /**
   * The object in an existing config file; empty when there is none.
   *
   * @throws IOException when the file exists but is not a JSON object, naming the file
   */
  public static Optional<ObjectNode> read(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node instanceof ObjectNode object) {
        return Optional.of(object);
      }
    } catch (JsonProcessingException e) {
      throw new IOException(
          file + " is not valid JSON (line " + e.getLocation().getLineNr() + "); fix or move it");
    }
    throw new IOException(file + " is not a JSON object; fix or move it");
  }

  /** The text at a dotted path such as {@code printer.profile}, if present. */
  public static Optional<String> text(Optional<ObjectNode> node, String dottedPath) {
    JsonNode current = node.orElse(null);
    for (String part : List.of(dottedPath.split("\\."))) {
      if (current == null) {
        return Optional.empty();
      }
      current = current.get(part);
    }
    return current != null && current.isTextual()
        ? Optional.of(current.textValue())
        : Optional.empty();
  }
}
