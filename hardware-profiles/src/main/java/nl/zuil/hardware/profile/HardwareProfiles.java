package nl.zuil.hardware.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads hardware profiles, shipped ones by name or an installer's own file, and hands out only
 * valid ones.
 */
public final class HardwareProfiles {

  /** The profiles shipped with Zuil, one JSON file each next to this class. */
  public static final List<String> SHIPPED =
      List.of(
          "epson-tm-t20iii",
          "epson-tm-t20iii-58mm",
          "epson-tm-t88vi",
          "custom-vkp80iii",
          "star-tup500",
          "virtual");

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  private HardwareProfiles() {}

  /** A shipped profile, e.g. {@code "epson-tm-t20iii"}. */
  public static HardwareProfile load(String name) throws ProfileException {
    if (!SHIPPED.contains(name)) {
      throw new ProfileException(
          "'" + name + "'",
          List.of(
              new ProfileProblem(
                  "", 0, "unknown profile; Zuil ships " + String.join(", ", SHIPPED))));
    }
    String file = name + ".json";
    HardwareProfile profile = parse(resource(file), file);
    if (!name.equals(profile.name())) {
      throw new ProfileException(
          file,
          List.of(
              new ProfileProblem(
                  "name", 0, "'" + profile.name() + "' does not match the file name")));
    }
    return profile;
  }

  /** An installer's own profile file. */
  public static HardwareProfile load(Path file) throws ProfileException {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ProfileException(
          file.toString(), List.of(new ProfileProblem("", 0, "cannot be read: " + e)));
    }
    return parse(json, file.toString());
  }

  /**
   * A profile by shipped name or, when {@code nameOrFile} ends in {@code .json}, from that file;
   * for command lines that take either.
   */
  public static HardwareProfile resolve(String nameOrFile) throws ProfileException {
    return nameOrFile.endsWith(".json") ? load(Path.of(nameOrFile)) : load(nameOrFile);
  }

  /**
   * @param source names the file in error messages
   */
  public static HardwareProfile parse(String json, String source) throws ProfileException {
    HardwareProfile profile;
    try {
      profile = MAPPER.readValue(json, HardwareProfile.class);
    } catch (JsonProcessingException e) {
      throw new ProfileException(source, List.of(bindingProblem(json, e)));
    }
    if (profile == null) {
      throw new ProfileException(source, List.of(new ProfileProblem("", 1, "file is empty")));
    }
    List<ProfileProblem> problems = ProfileValidator.validate(profile);
    if (!problems.isEmpty()) {
      JsonFieldLines lines = JsonFieldLines.of(json);
      throw new ProfileException(
          source,
          problems.stream()
              .map(p -> new ProfileProblem(p.field(), lines.lineOf(p.field()), p.message()))
              .collect(Collectors.toList()));
    }
    return profile;
  }

  /** The JSON text of a shipped profile, the starting point for an installer's own. */
  public static String shippedJson(String name) {
    if (!SHIPPED.contains(name)) {
      throw new IllegalArgumentException("no shipped profile " + name);
    }
    return resource(name + ".json");
  }

  private static String resource(String file) {
    try (InputStream in = HardwareProfiles.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ProfileProblem bindingProblem(String json, JsonProcessingException e) {
    int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    String reason = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
    if (!(e instanceof JsonMappingException mapping) || isSyntaxError(e)) {
      return new ProfileProblem("", line, "not valid JSON: " + syntaxReason(e));
    }
    String field = fieldPath(mapping);
    // Jackson buffers record properties and reports the end of the object; the field's own line
    // comes from the index, which is safe to build because the text is well-formed JSON.
    int fieldLine = field.isEmpty() ? 0 : JsonFieldLines.of(json).lineOf(field);
    if (fieldLine > 0) {
      line = fieldLine;
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      reason = "unknown field '" + unknown.getPropertyName() + "'";
    } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
      reason = "'" + invalid.getValue() + "' is not one of: " + enumNames(invalid.getTargetType());
    } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      reason = "must be " + expected(mismatch.getTargetType());
    }
    return new ProfileProblem(field, line, reason);
  }

  private static boolean isSyntaxError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamReadException) {
        return true;
      }
    }
    return false;
  }

  private static String syntaxReason(Throwable e) {
    Throwable root = e;
    while (root.getCause() instanceof JsonProcessingException) {
      root = root.getCause();
    }
    String message =
        root instanceof JsonProcessingException processing
            ? processing.getOriginalMessage()
            : root.getMessage();
    return message.lines().findFirst().orElse("unreadable");
  }

  private static String expected(Class<?> type) {
    if (Number.class.isAssignableFrom(type)) {
      return "a number, without quotes";
    }
    if (type == String.class || type.isEnum()) {
      return "text in quotes";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list in [ ]";
    }
    return "an object in { }";
  }

  private static String enumNames(Class<?> type) {
    return Arrays.stream(type.getFields())
        .filter(f -> f.isEnumConstant() && f.isAnnotationPresent(JsonProperty.class))
        .map(f -> f.getAnnotation(JsonProperty.class).value())
        .collect(Collectors.joining(", "));
  }

  private static String fieldPath(JsonMappingException e) {
    List<String> parts = new ArrayList<>();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        parts.add("[" + ref.getIndex() + "]");
      } else if (ref.getFieldName() != null) {
        parts.add((parts.isEmpty() ? "" : ".") + ref.getFieldName());
      }
    }
    return String.join("", parts);
  }
}
