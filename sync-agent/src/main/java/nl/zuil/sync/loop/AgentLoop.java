package nl.zuil.sync.loop;

import java.time.Clock;
import java.time.Duration;
import nl.zuil.sync.SyncAgent;
import nl.zuil.sync.transport.DeliveryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-lived agent: an attempt every sync interval, and after a failure a backoff that grows up
 * to its cap. It never gives up: a kiosk offline for a week drains its backlog when it is back.
 */
public final class AgentLoop {

  private static final Logger LOG = LoggerFactory.getLogger(AgentLoop.class);

  private final SyncAgent agent;
  private final Backoff backoff;
  private final Sleeper sleeper;
  private final Duration interval;
  private final Clock clock;

  public AgentLoop(
      SyncAgent agent, Backoff backoff, Sleeper sleeper, Duration interval, Clock clock) {
    this.agent = agent;
    this.backoff = backoff;
    this.sleeper = sleeper;
    this.interval = interval;
    this.clock = clock;
  }

  /** Runs until the sleeper says stop. */
  public void run() throws InterruptedException {
    while (true) {
      Duration wait;
      try {
        agent.attempt();
        backoff.reset();
        wait = interval;
      } catch (DeliveryException e) {
        wait = backoff.next(e.retryAfter());
        agent.waiting(e, clock.instant().plus(wait));
        if (e.kind() == DeliveryException.Kind.UNAVAILABLE && backoff.failures() < 5) {
          LOG.info("not delivered ({}); next try in {} ms", e.getMessage(), wait.toMillis());
        } else {
          LOG.warn(
              "not delivered, {} failures in a row ({}); next try in {} ms",
              backoff.failures(),
              e.getMessage(),
              wait.toMillis());
        }
      }
      if (!sleeper.sleep(wait)) {
        agent.stopped();
        return;
      }
    }
  }
}
