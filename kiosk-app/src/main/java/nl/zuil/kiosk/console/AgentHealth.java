package nl.zuil.kiosk.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.zuil.kioskfiles.health.HealthFile;
import nl.zuil.kioskfiles.health.HealthSnapshot;

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

  private final HealthFile file;
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

    static Report of(HealthSnapshot health) {
      return new Report(true, health.ok(), health.lastSuccess(), Optional.of(health.updatedAt()));
    }

    /** True when the agent failed its last attempt or has gone quiet. */
    public boolean troubled(Instant now) {
      return !ok || updated.map(u -> u.plus(SILENT_AFTER).isBefore(now)).orElse(true);
    }
  }

  public AgentHealth(Path file) {
    this.file = new HealthFile(file);
  }

  /** Call from one thread (the console's ledger thread). */
  public Report read() {
    try {
      FileTime modified = Files.getLastModifiedTime(file.file());
      if (!modified.equals(readModified)) {
        last = Report.of(file.read());
        readModified = modified;
      }
    } catch (IOException e) {
      last = Report.NONE;
      readModified = null;
    }
    return last;
  }
}
