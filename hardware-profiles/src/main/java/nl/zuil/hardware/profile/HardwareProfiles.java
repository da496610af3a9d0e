package nl.zuil.hardware.profile;

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
      // Missing fields are ProfileValidator's to name, with what to write instead.
      profile = StrictJson.bind(json, HardwareProfile.class);
    } catch (StrictJsonException e) {
      throw new ProfileException(
          source, e.problems().stream().map(HardwareProfiles::problem).toList());
    }
    List<ProfileProblem> problems = ProfileValidator.validate(profile);
    if (!problems.isEmpty()) {
      JsonLines lines = lines(json);
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

  private static JsonLines lines(String json) {
    try {
      return JsonLines.of(json);
    } catch (IOException e) {
      throw new IllegalStateException("JSON that bound cleanly failed to re-read", e);
    }
  }

  /** A problem the strict reader found, in the words installers know from these profiles. */
  private static ProfileProblem problem(JsonProblem p) {
    String reason =
        switch (p.kind()) {
          case NOT_JSON -> p.message();
          case EMPTY -> "file is empty";
          case UNKNOWN_FIELD -> "unknown field '" + p.value() + "'";
          case NOT_ONE_OF -> "'" + p.value() + "' is not one of: " + String.join(", ", p.choices());
          case NOT_WHOLE_NUMBER, NOT_NUMBER -> "must be a number, without quotes";
          case NOT_TEXT, NOT_MOMENT -> "must be text in quotes";
          case NOT_LIST -> "must be a list in [ ]";
          case NOT_OBJECT -> "must be an object in { }";
          case NAMED_TWICE, MISSING, NULL, NOT_TRUE_OR_FALSE, INVALID -> p.message();
        };
    return new ProfileProblem(p.path(), p.line(), reason);
  }
}
