package nl.zuil.sync.loop;

import java.time.Duration;

/** How the agent waits: really, or (in tests) by moving a clock. */
public interface Sleeper {

  /**
   * Waits for {@code duration} unless stopped first.
   *
   * @return false when the agent is stopping
   */
  boolean sleep(Duration duration) throws InterruptedException;
}
