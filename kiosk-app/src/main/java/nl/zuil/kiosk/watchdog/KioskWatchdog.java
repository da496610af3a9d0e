package nl.zuil.kiosk.watchdog;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps systemd told how the kiosk is: ready once the visitor screen shows, alive only while that
 * screen answers, and stopping on the way out. With {@code WatchdogSec=} in the unit, a kiosk whose
 * screen hangs misses its pings and systemd restarts it, as it does one that crashed.
 */
public final class KioskWatchdog implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KioskWatchdog.class);

  static final String SHOWN = "STATUS=Visitor screen shown";
  static final String SILENT = "STATUS=Screen not answering: no watchdog ping until it does";

  private final NotifySocket socket;
  private final Optional<WatchdogRequest> request;
  private final ScreenProbe screen;
  private final ScheduledExecutorService rounds;
  private boolean screenSilent;
  private boolean socketFailing;
  private boolean closed;

  KioskWatchdog(NotifySocket socket, Optional<WatchdogRequest> request, ScreenProbe screen) {
    this.socket = socket;
    this.request = request;
    this.screen = screen;
    this.rounds =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "kiosk-watchdog");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * The watchdog for a kiosk started by systemd, or empty outside systemd (the demo, a developer's
   * desktop). A notify socket that cannot be opened is logged and left out: under {@code
   * Type=notify} systemd then restarts the kiosk when its start times out, and the log says why.
   */
  public static Optional<KioskWatchdog> forEnvironment(
      Map<String, String> environment, ProcessHandle self, ScreenProbe screen) {
    try {
      Optional<NotifySocket> socket = NotifySocket.fromEnvironment(environment);
      if (socket.isEmpty()) {
        return Optional.empty();
      }
      OptionalLong parent =
          self.parent().map(p -> OptionalLong.of(p.pid())).orElse(OptionalLong.empty());
      Optional<WatchdogRequest> request =
          WatchdogRequest.fromEnvironment(environment, self.pid(), parent);
      LOG.info(
          "systemd notify socket {}; watchdog {}",
          socket.get(),
          request.map(r -> "timeout " + r.timeout().toMillis() + " ms").orElse("off"));
      return Optional.of(new KioskWatchdog(socket.get(), request, screen));
    } catch (IOException | IllegalArgumentException e) {
      LOG.error("cannot talk to systemd, so it will not see this kiosk start: {}", e.getMessage());
      return Optional.empty();
    }
  }

  /** The visitor screen shows: tells systemd, and from now on pings while the screen answers. */
  public void ready() {
    say("READY=1\n" + SHOWN);
    request.ifPresent(
        r ->
            rounds.scheduleWithFixedDelay(
                () -> round(r), 0, r.askEvery().toNanos(), TimeUnit.NANOSECONDS));
  }

  private void round(WatchdogRequest request) {
    boolean answered;
    try {
      answered = screen.answersWithin(request.answerWithin());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (answered && screenSilent) {
      screenSilent = false;
      LOG.info("the screen answers again");
      say("WATCHDOG=1\n" + SHOWN);
    } else if (answered) {
      say("WATCHDOG=1");
    } else if (!screenSilent) {
      screenSilent = true;
      LOG.warn(
          "the screen did not answer within {} ms; systemd restarts the kiosk when it stays"
              + " silent for {} ms",
          request.answerWithin().toMillis(),
          request.timeout().toMillis());
      say(SILENT);
    }
  }

  private synchronized void say(String message) {
    try {
      socket.send(message);
      if (socketFailing) {
        socketFailing = false;
        LOG.info("systemd's notify socket takes messages again");
      }
    } catch (IOException e) {
      if (!socketFailing) {
        socketFailing = true;
        LOG.error(
            "cannot tell systemd '{}': {}", message.lines().findFirst().orElse(""), e.toString());
      }
    }
  }

  /** Stops pinging and tells systemd the kiosk is on its way out, so a slow stop is no hang. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    rounds.shutdownNow();
    try {
      rounds.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    say("STOPPING=1");
    try {
      socket.close();
    } catch (IOException e) {
      LOG.warn("closing systemd's notify socket: {}", e.getMessage());
    }
  }
}
