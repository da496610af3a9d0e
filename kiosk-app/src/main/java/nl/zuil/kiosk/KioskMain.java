package nl.zuil.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.zuil.kiosk.app.KioskRuntime;
import nl.zuil.kiosk.app.KioskScene;
import nl.zuil.kiosk.app.KioskWindow;
import nl.zuil.kiosk.app.MonotonicClock;
import nl.zuil.kiosk.app.Printers;
import nl.zuil.kiosk.app.StartupException;
import nl.zuil.kiosk.watchdog.FxThreadProbe;
import nl.zuil.kiosk.watchdog.KioskWatchdog;

/**
 * Starts the kiosk: {@code KioskMain --config <file>}. A plain class, not a JavaFX {@code
 * Application}, so it starts from the classpath.
 *
 * <p>Exit codes: 0 stopped from the staff menu; 2 wrong arguments, config or catalogue; 3 the visit
 * ledger cannot be opened; 4 no window can be opened (no display); 143 stopped by SIGTERM (after
 * the same clean shutdown).
 */
public final class KioskMain {

  /** The Werkcentra are Dutch: the service day runs on Dutch time whatever the machine's zone. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private static final int NO_WINDOW = 4;

  /** How often the screen asks whether a new catalogue is waiting (a memory read). */
  private static final javafx.util.Duration CATALOGUE_CHECK = javafx.util.Duration.seconds(2);

  private KioskMain() {}

  public static void main(String[] args) throws InterruptedException {
    Path config = configPath(args);
    Clock clock = Clock.system(ZONE);
    // Config, catalogue and ledger load while the JavaFX toolkit starts: half the cold start.
    CompletableFuture<KioskRuntime> opening =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return KioskRuntime.start(config, clock, Printers.connector());
              } catch (StartupException e) {
                throw new CompletionException(e);
              }
            });
    RuntimeException noWindow = null;
    Platform.setImplicitExit(false);
    try {
      Platform.startup(() -> {});
    } catch (RuntimeException e) {
      noWindow = e;
    }
    KioskRuntime runtime;
    try {
      runtime = opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof StartupException startup) {
        System.err.println("zuil kiosk: " + startup.getMessage());
        System.exit(startup.exitCode());
        return;
      }
      throw e;
    }
    if (noWindow != null) {
      runtime.close();
      System.err.println("zuil kiosk: cannot open the kiosk window: " + noWindow.getMessage());
      System.exit(NO_WINDOW);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Optional<KioskWatchdog> watchdog =
        KioskWatchdog.forEnvironment(System.getenv(), ProcessHandle.current(), new FxThreadProbe());
    Runnable shutdown =
        () -> {
          watchdog.ifPresent(KioskWatchdog::close);
          runtime.close();
        };
    // SIGTERM: close the ledger and refresh the buckets; the JVM is going down anyway. Asking
    // JavaFX to exit from here waits for the JavaFX thread and hangs the shutdown.
    Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "kiosk-shutdown"));
    // A newer package installed meanwhile stops the kiosk between visitors; systemd starts the new
    // version (decision 0808).
    runtime.followUpdates(stopped::countDown);
    Platform.runLater(
        () ->
            showAndFollowTheCatalogue(
                runtime,
                stopped::countDown,
                () -> {
                  watchdog.ifPresent(KioskWatchdog::ready);
                  runtime.shown();
                }));
    stopped.await();
    shutdown.run();
    Platform.exit();
    System.exit(0);
  }

  /**
   * Shows the kiosk, and rebuilds its screens with a new catalogue once one is waiting and nobody
   * is using the kiosk; stops it then instead when a newer kiosk package is installed.
   */
  private static void showAndFollowTheCatalogue(
      KioskRuntime runtime, Runnable exit, Runnable shown) {
    Clock uiClock = new MonotonicClock();
    Stage stage = new Stage();
    // The welcome screen alone makes the first frame; the other screens follow at once, on the
    // JavaFX thread, before any tap reaches them (decision 0017).
    KioskScene first = KioskScene.welcomeFirst(runtime, uiClock, exit);
    KioskScene[] current = {first};
    KioskWindow.show(
        stage,
        first.scene(),
        () -> {
          shown.run();
          Platform.runLater(first::buildTheOtherScreens);
        });
    Timeline follow =
        new Timeline(
            new KeyFrame(
                CATALOGUE_CHECK,
                e -> {
                  if (runtime.restartAtIdle(current[0].idle())) {
                    return;
                  }
                  runtime
                      .applyPendingCatalogue(current[0].idle())
                      .ifPresent(
                          catalogue -> {
                            current[0].stop();
                            current[0] = KioskScene.of(runtime, uiClock, exit);
                            stage.setScene(current[0].scene());
                          });
                }));
    follow.setCycleCount(Animation.INDEFINITE);
    follow.play();
  }

  private static Path configPath(String[] args) {
    if (args.length == 2 && args[0].equals("--config")) {
      Path path = Path.of(args[1]);
      if (Files.isRegularFile(path)) {
        return path;
      }
      System.err.println("zuil kiosk: no config file at " + path.toAbsolutePath());
    } else {
      System.err.println("usage: KioskMain --config <kiosk config file>");
    }
    System.exit(StartupException.BAD_CONFIG);
    return null;
  }
}
