package nl.zuil.kiosk.watchdog;

import java.time.Duration;

/**
 * Whether the screen still answers. A kiosk whose JavaFX thread hangs shows a frozen picture while
 * its process lives on, so systemd's restart-on-crash never sees it.
 */
@FunctionalInterface
public interface ScreenProbe {

  boolean answersWithin(Duration wait) throws InterruptedException;
}
