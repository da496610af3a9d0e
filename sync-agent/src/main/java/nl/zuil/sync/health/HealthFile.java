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
   * What the agent says about itself after an attempt.
   *
   * @param status {@code ok}, {@code retrying}, {@code rejected}, {@code unauthorised}, {@code
   *     no-ledger}, {@code ledger-behind} or {@code stopped}
   * @param problem the last failure in words; never a credential
   * @param setAsideBuckets buckets the backend refused on their own, waiting to be offered again
   */
  public record Snapshot(
      String status,
      Instant now,
      long acknowledgedRevision,
      long ledgerRevision,
      Optional<Instant> lastSuccess,
      Optional<String> problem,
      Optional<Instant> nextAttempt,
      Optional<Long> clockOffsetMillis,
      int setAsideBuckets,
      Optional<String> setAsideReason) {}

  public void write(Snapshot health) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    node.put("status", health.status());
    node.put("updatedAt", health.now().toString());
    node.put("acknowledgedRevision", health.acknowledgedRevision());
    node.put("ledgerRevision", health.ledgerRevision());
    node.put(
        "backlogRevisions", Math.max(0, health.ledgerRevision() - health.acknowledgedRevision()));
    node.put("lastSuccessAt", health.lastSuccess().map(Instant::toString).orElse(null));
    node.put("problem", health.problem().orElse(null));
    node.put("nextAttemptAt", health.nextAttempt().map(Instant::toString).orElse(null));
    if (health.clockOffsetMillis().isPresent()) {
      node.put("clockOffsetMillis", health.clockOffsetMillis().get());
    } else {
      node.putNull("clockOffsetMillis");
    }
    node.put("setAsideBuckets", health.setAsideBuckets());
    node.put("setAsideReason", health.setAsideReason().orElse(null));
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
