package nl.zuil.provisioning.doctor;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.kioskfiles.health.HealthFile;
import nl.zuil.kioskfiles.health.HealthSnapshot;

/**
 * What the sync agent last said about itself in its health file: whether the counts reach the
 * region, and, from the file's age, whether the agent is alive at all.
 */
final class AgentHealthCheck implements Check {

  static final String NAME = "sync agent";

  @Override
  public List<Finding> run(DoctorContext context) {
    if (!context.agent().present()) {
      return List.of(
          Finding.fail(NAME, "cannot check: the kiosk is not enrolled", "See enrolment above"));
    }
    AgentSettings settings = context.agent().get();
    Path file = settings.healthFile();
    HealthSnapshot health;
    try {
      health = new HealthFile(file).read();
    } catch (NoSuchFileException e) {
      return List.of(
          Finding.warn(
              NAME,
              "has not reported yet (no " + file + ")",
              "Start it: systemctl start zuil-sync-agent.service"));
    } catch (IOException e) {
      return List.of(Finding.warn(NAME, e.getMessage(), ""));
    }
    String status = health.status();
    String problem = health.problemText().orElse("");
    long backlog = health.backlogRevisions();
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
          case HealthSnapshot.OK ->
              Finding.ok(NAME, "delivers counts; backlog " + backlog + " revisions");
          case HealthSnapshot.RETRYING, HealthSnapshot.NO_LEDGER, HealthSnapshot.STOPPED ->
              Finding.warn(NAME, status + (problem.isEmpty() ? "" : ": " + problem), log);
          default -> Finding.fail(NAME, status + (problem.isEmpty() ? "" : ": " + problem), log);
        });
  }

  private static Duration age(DoctorContext context, HealthSnapshot health) {
    Duration age = Duration.between(health.updatedAt(), context.clock().instant());
    return age.isNegative() ? Duration.ZERO : age;
  }
}
