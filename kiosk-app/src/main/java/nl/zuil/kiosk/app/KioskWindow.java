package nl.zuil.kiosk.app;

import java.lang.management.ManagementFactory;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk window: full screen, no decorations, and no way to close it from the touch screen or a
 * stray keyboard; only the staff menu and the operating system (SIGTERM) stop it.
 */
public final class KioskWindow {

  /** Logged once the first frame is laid out; the cold-start benchmark waits for this line. */
  public static final String READY_LINE = "kiosk ready: first frame after";

  private static final Logger LOG = LoggerFactory.getLogger(KioskWindow.class);

  private KioskWindow() {}

  public static void show(Stage stage, Scene scene) {
    show(stage, scene, () -> {});
  }

  /** Shows the kiosk full screen, and runs {@code firstFrame} once the first frame is laid out. */
  public static void show(Stage stage, Scene scene, Runnable firstFrame) {
    stage.initStyle(StageStyle.UNDECORATED);
    stage.setTitle("Zuil");
    stage.setScene(scene);
    stage.setX(0);
    stage.setY(0);
    stage.setFullScreenExitHint("");
    stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
    stage.setOnCloseRequest(e -> e.consume());
    Runnable[] listener = new Runnable[1];
    listener[0] =
        () -> {
          scene.removePostLayoutPulseListener(listener[0]);
          LOG.info(
              "{} {} ms since the JVM started",
              READY_LINE,
              ManagementFactory.getRuntimeMXBean().getUptime());
          firstFrame.run();
        };
    scene.addPostLayoutPulseListener(listener[0]);
    stage.show();
    // After show: Monocle (headless, embedded) can only make a window full screen once it has
    // focus.
    stage.setFullScreen(true);
  }
}
