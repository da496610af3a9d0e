package nl.zuil.sync.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The agent's own state for local monitoring (a systemd timer, the installer's check): a small JSON
 * file replaced atomically after every attempt. Its age alone tells whether the agent is alive.
 */
public final class HealthFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  public HealthFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  /**
   * @param status {@code ok}, {@code retrying}, {@code rejected}, {@code unauthorised} or {@code
   *     stopped}
   * @param problem the last failure in words; never a credential
   */
  public void write(
      String status,
      Instant now,
      long acknowledgedRevision,
      long ledgerRevision,
      Optional<Instant> lastSuccess,
      Optional<String> problem,
      Optional<Instant> nextAttempt,
      Optional<Long> clockOffsetMillis)
      throws IOException {
    ObjectNode node = JSON.createObjectNode();
    node.put("status", status);
    node.put("updatedAt", now.toString());
    node.put("acknowledgedRevision", acknowledgedRevision);
    node.put("ledgerRevision", ledgerRevision);
    node.put("backlogRevisions", Math.max(0, ledgerRevision - acknowledgedRevision));
    node.put("lastSuccessAt", lastSuccess.map(Instant::toString).orElse(null));
    node.put("problem", problem.orElse(null));
    node.put("nextAttemptAt", nextAttempt.map(Instant::toString).orElse(null));
    if (clockOffsetMillis.isPresent()) {
      node.put("clockOffsetMillis", clockOffsetMillis.get());
    } else {
      node.putNull("clockOffsetMillis");
    }
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), "agent-health", ".tmp");
    try {
      Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
