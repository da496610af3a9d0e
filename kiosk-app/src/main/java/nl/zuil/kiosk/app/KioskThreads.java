package nl.zuil.kiosk.app;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named daemon threads: a thread dump says what each does, and none keeps a stopped kiosk alive.
 */
final class KioskThreads {

  private KioskThreads() {}

  static ThreadFactory named(String name) {
    AtomicInteger count = new AtomicInteger();
    return work -> {
      Thread thread =
          new Thread(work, count.getAndIncrement() == 0 ? name : name + "-" + count.get());
      thread.setDaemon(true);
      return thread;
    };
  }
}
