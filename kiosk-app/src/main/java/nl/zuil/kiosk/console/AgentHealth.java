package nl.zuil.kiosk.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the sync agent's health file (written by the agent, a separate process) for "last
 * successful sync". The file is read again only when it changed; a missing or half-written file
 * counts as "no report", never as a failure of the console.
 */
public final class AgentHealth {

  /**
   * An agent that has written nothing for this long is not running: it writes after every attempt,
   * at most a few minutes apart even while backing off.
   */
  static final Duration SILENT_AFTER = Duration.ofHours(1);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private FileTime readModified;
  private Report last = Report.NONE;

  /**
   * What the agent last said.
   *
   * @param present false when there is no readable health file
   * @param ok the last attempt succeeded
   */
  public record Report(
      boolean present, boolean ok, Optional<Instant> lastSuccess, Optional<Instant> updated) {

    static final Report NONE = new Report(false, false, Optional.empty(), Optional.empty());

    /** True when the agent failed its last attempt or has gone quiet. */
    public boolean troubled(Instant now) {
      return !ok || updated.map(u -> u.plus(SILENT_AFTER).isBefore(now)).orElse(true);
    }
  }

  public AgentHealth(Path file) {
    this.file = file;
  }

  /** Call from one thread (the console's ledger thread). */
  public Report read() {
    try {
      FileTime modified = Files.getLastModifiedTime(file);
      if (!modified.equals(readModified)) {
        last = parse(JSON.readTree(Files.readAllBytes(file)));
        readModified = modified;
      }
    } catch (IOException | RuntimeException e) {
      last = Report.NONE;
      readModified = null;
    }
    return last;
  }

  private static Report parse(JsonNode health) {
    if (health == null || !health.isObject()) {
      return Report.NONE;
    }
    return new Report(
        true,
        "ok".equals(health.path("status").asText()),
        instant(health.get("lastSuccessAt")),
        instant(health.get("updatedAt")));
  }

  private static Optional<Instant> instant(JsonNode node) {
    if (node == null || !node.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(node.asText()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
