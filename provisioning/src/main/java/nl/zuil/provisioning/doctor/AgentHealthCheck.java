package nl.zuil.provisioning.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.zuil.sync.config.AgentSettings;

/**
 * What the sync agent last said about itself in its health file: whether the counts reach the
 * region, and, from the file's age, whether the agent is alive at all.
 */
final class AgentHealthCheck implements Check {

  static final String NAME = "sync agent";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public List<Finding> run(DoctorContext context) {
    if (!context.agent().present()) {
      return List.of(
          Finding.fail(NAME, "cannot check: the kiosk is not enrolled", "See enrolment above"));
    }
    AgentSettings settings = context.agent().get();
    Path file = settings.healthFile();
    JsonNode health;
    try {
      health = JSON.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      return List.of(
          Finding.warn(
              NAME,
              "has not reported yet (no " + file + ")",
              "Start it: systemctl start zuil-sync-agent.service"));
    } catch (IOException e) {
      return List.of(Finding.warn(NAME, "cannot read " + file + ": " + e.getMessage(), ""));
    }
    String status = health.path("status").asText("unknown");
    String problem = health.path("problem").asText("");
    long backlog = health.path("backlogRevisions").asLong(0);
    Duration age = age(context, health);
    Duration stale = settings.syncInterval().plus(settings.maxBackoff()).multipliedBy(2);
    String log = "See /var/log/zuil/sync-agent.log";
    if (age.compareTo(stale) > 0) {
      return List.of(
          Finding.warn(
              NAME,
              "its last report is " + age.toMinutes() + " minutes old",
              "Is it running? systemctl status zuil-sync-agent.service"));
    }
    return List.of(
        switch (status) {
          case "ok" -> Finding.ok(NAME, "delivers counts; backlog " + backlog + " revisions");
          case "retrying", "no-ledger", "stopped" ->
              Finding.warn(NAME, status + (problem.isEmpty() ? "" : ": " + problem), log);
          default -> Finding.fail(NAME, status + (problem.isEmpty() ? "" : ": " + problem), log);
        });
  }

  private static Duration age(DoctorContext context, JsonNode health) {
    try {
      Duration age =
          Duration.between(
              Instant.parse(health.path("updatedAt").asText()), context.clock().instant());
      return age.isNegative() ? Duration.ZERO : age;
    } catch (DateTimeParseException e) {
      return Duration.ofDays(365);
    }
  }
}
