package nl.zuil.bench.kiosk;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The cold-start reference: the smallest JavaFX window, reporting its first frame with the same
 * line the kiosk logs.
 */
public final class TrivialWindowMain {

  private TrivialWindowMain() {}

  public static void main(String[] args) {
    Platform.startup(
        () -> {
          Scene scene = new Scene(new StackPane(new Label("Zuil")), 1920, 1080);
          Runnable[] first = new Runnable[1];
          first[0] =
              () -> {
                scene.removePostLayoutPulseListener(first[0]);
                System.out.println(
                    "kiosk ready: first frame after "
                        + ManagementFactory.getRuntimeMXBean().getUptime()
                        + " ms since the JVM started");
                System.out.flush();
              };
          scene.addPostLayoutPulseListener(first[0]);
          Stage stage = new Stage();
          stage.setScene(scene);
          stage.show();
        });
  }
}
