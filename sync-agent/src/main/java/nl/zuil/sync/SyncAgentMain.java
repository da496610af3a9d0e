package nl.zuil.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.kioskfiles.agent.AgentSettingsFile;
import nl.zuil.kioskfiles.agent.SettingsException;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.regionapi.EnrolmentResponse;
import nl.zuil.sync.loop.AgentLoop;
import nl.zuil.sync.loop.Backoff;
import nl.zuil.sync.loop.StoppableSleeper;
import nl.zuil.sync.push.DrainResult;
import nl.zuil.sync.transport.BackendClient;
import nl.zuil.sync.transport.DeliveryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync agent process.
 *
 * <pre>
 * zuil-sync-agent --config FILE               run until SIGTERM (systemd)
 * zuil-sync-agent --config FILE --once        one attempt (cron, tests)
 * zuil-sync-agent --config FILE --enrol CODE  exchange an enrolment code for the credential file
 * </pre>
 *
 * Exit codes: 0 done; 1 unexpected failure; 2 bad arguments or settings (nothing was changed); 3
 * not delivered, try again later; 4 needs a person (credential refused, content rejected).
 */
public final class SyncAgentMain {

  private static final Logger LOG = LoggerFactory.getLogger(SyncAgentMain.class);
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int NOT_DELIVERED = 3;
  static final int NEEDS_A_PERSON = 4;

  private SyncAgentMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    Path config = null;
    boolean once = false;
    String enrolmentCode = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--config" -> config = i + 1 < args.length ? Path.of(args[++i]) : null;
        case "--once" -> once = true;
        case "--enrol" -> enrolmentCode = i + 1 < args.length ? args[++i] : null;
        default -> {
          return usage("unknown argument " + args[i]);
        }
      }
    }
    if (config == null) {
      return usage("--config FILE is required");
    }
    AgentSettings settings;
    try {
      settings = AgentSettingsFile.load(config);
    } catch (SettingsException e) {
      System.err.println("zuil-sync-agent: bad settings in " + config + ":");
      e.problems().forEach(problem -> System.err.println("  " + problem));
      return USAGE;
    }
    try {
      if (enrolmentCode != null) {
        return enrol(settings, enrolmentCode);
      }
      return once ? once(settings) : serve(settings);
    } catch (IOException e) {
      System.err.println("zuil-sync-agent: " + e.getMessage());
      return FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FAILED;
    }
  }

  private static int once(AgentSettings settings) throws IOException {
    try (SyncAgent agent = SyncAgent.open(settings, Clock.systemUTC())) {
      DrainResult result = agent.attempt();
      System.out.printf(
          "sent %d buckets in %d requests; acknowledged up to revision %d%n",
          result.buckets(), result.requests(), result.acknowledgedRevision());
      return OK;
    } catch (DeliveryException e) {
      System.err.println("zuil-sync-agent: not delivered: " + e.getMessage());
      return switch (e.kind()) {
        case UNAUTHORISED, REJECTED, LEDGER_BEHIND -> NEEDS_A_PERSON;
        default -> NOT_DELIVERED;
      };
    }
  }

  private static int serve(AgentSettings settings) throws IOException, InterruptedException {
    SyncAgent agent = SyncAgent.open(settings, Clock.systemUTC());
    StoppableSleeper sleeper = new StoppableSleeper();
    CountDownLatch finished = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(agent, sleeper, finished), "sync-agent-shutdown"));
    LOG.info("sync agent started; backend {}", settings.backendUrl());
    try {
      new AgentLoop(
              agent,
              new Backoff(settings.maxBackoff(), new SecureRandom()),
              sleeper,
              settings.syncInterval(),
              Clock.systemUTC())
          .run();
    } finally {
      agent.close();
      finished.countDown();
    }
    return OK;
  }

  /** SIGTERM: let the request in flight finish (briefly), then close the state file cleanly. */
  private static void stop(SyncAgent agent, StoppableSleeper sleeper, CountDownLatch finished) {
    LOG.info("stopping");
    sleeper.stop();
    try {
      if (!finished.await(5, TimeUnit.SECONDS)) {
        agent.cancelRequests();
        finished.await(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.info("sync agent stopped");
  }

  private static int enrol(AgentSettings settings, String code) throws IOException {
    if (Files.exists(settings.credentialFile())) {
      System.err.println(
          "zuil-sync-agent: "
              + settings.credentialFile()
              + " exists; this kiosk is enrolled. Remove the file to enrol it again.");
      return USAGE;
    }
    try (BackendClient backend = BackendClient.create(settings, Clock.systemUTC())) {
      EnrolmentResponse answer = backend.enrol(code);
      if (answer.deviceId() == null
          || answer.credential() == null
          || answer.locationCode() == null
          || answer.kioskCode() == null) {
        System.err.println("zuil-sync-agent: the backend's enrolment answer has a null field");
        return FAILED;
      }
      Credential credential =
          new Credential(
              answer.deviceId(), answer.credential(), answer.locationCode(), answer.kioskCode());
      credential.write(settings.credentialFile());
      System.out.printf(
          "enrolled as kiosk %s at %s (device %s); credential written to %s%n",
          credential.kioskCode(),
          credential.locationCode(),
          credential.deviceId(),
          settings.credentialFile());
      return OK;
    } catch (DeliveryException e) {
      System.err.println("zuil-sync-agent: enrolment failed: " + e.getMessage());
      return e.kind() == DeliveryException.Kind.UNAVAILABLE ? NOT_DELIVERED : NEEDS_A_PERSON;
    }
  }

  private static int usage(String problem) {
    System.err.println("zuil-sync-agent: " + problem);
    System.err.println("usage: zuil-sync-agent --config FILE [--once | --enrol CODE]");
    return USAGE;
  }
}
