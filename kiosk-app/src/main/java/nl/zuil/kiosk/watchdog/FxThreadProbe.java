package nl.zuil.kiosk.watchdog;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Asks the JavaFX thread, the one that draws the screen and takes every tap, to run a no-op: it
 * answers only when it is free to serve a visitor.
 */
public final class FxThreadProbe implements ScreenProbe {

  @Override
  public boolean answersWithin(Duration wait) throws InterruptedException {
    CountDownLatch answered = new CountDownLatch(1);
    Platform.runLater(answered::countDown);
    return answered.await(wait.toNanos(), TimeUnit.NANOSECONDS);
  }
}
