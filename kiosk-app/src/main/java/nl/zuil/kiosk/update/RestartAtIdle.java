package nl.zuil.kiosk.update;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import nl.zuil.kioskfiles.update.PackageUpdate;
import nl.zuil.kioskfiles.update.PackageUpdateFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A newer kiosk package installed while this kiosk runs makes it stop between visitors, never under
 * a visitor's finger: the package only records the install ({@link PackageUpdateFile}), the kiosk
 * notices it like a new catalogue (decision 1002) and, once the screen is idle, stops cleanly;
 * systemd ({@code Restart=always}) then starts the new version (decision 0808).
 */
public final class RestartAtIdle {

  private static final Logger LOG = LoggerFactory.getLogger(RestartAtIdle.class);

  private final PackageUpdateFile file;
  private final Instant startedAt;
  private final Runnable stop;
  private final AtomicReference<PackageUpdate> pending = new AtomicReference<>();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private boolean unreadableLogged;

  /**
   * @param startedAt when this kiosk started: installs before it are the version it runs
   * @param stop ends the kiosk cleanly (ledger closed) so that its service manager starts it anew
   */
  public RestartAtIdle(PackageUpdateFile file, Instant startedAt, Runnable stop) {
    this.file = file;
    this.startedAt = startedAt;
    this.stop = stop;
  }

  /** Reads the install file; runs on the background scheduler, never on the screen's thread. */
  public void poll() {
    try {
      file.read()
          .filter(update -> update.newerThan(startedAt))
          .ifPresent(
              update -> {
                if (pending.getAndSet(update) == null) {
                  LOG.info(
                      "kiosk {} installed; this kiosk restarts when nobody is using it",
                      update.version());
                }
              });
      unreadableLogged = false;
    } catch (IOException e) {
      if (!unreadableLogged) {
        unreadableLogged = true;
        LOG.warn("{}; the kiosk keeps running the version it started", e.getMessage());
      }
    }
  }

  /** A newer version is installed and waits for the screen to be idle. */
  public boolean waiting() {
    return pending.get() != null;
  }

  /**
   * Stops the kiosk when a newer version waits and nobody uses the screen; otherwise nothing.
   *
   * @param visitorScreenIdle the welcome screen in the default language, nobody tapping
   * @return true when the kiosk is now stopping for the update
   */
  public boolean atIdle(boolean visitorScreenIdle) {
    PackageUpdate update = pending.get();
    if (update == null || !visitorScreenIdle || !stopping.compareAndSet(false, true)) {
      return false;
    }
    LOG.info("kiosk stops between visitors to start version {}", update.version());
    stop.run();
    return true;
  }
}
