package nl.zuil.sync.loop;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Sleeps for real; {@link #stop()} (from the SIGTERM hook) ends the current and every later sleep.
 */
public final class StoppableSleeper implements Sleeper {

  private final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public boolean sleep(Duration duration) throws InterruptedException {
    return !stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
  }

  public void stop() {
    stop.countDown();
  }

  public boolean stopping() {
    return stop.getCount() == 0;
  }
}
