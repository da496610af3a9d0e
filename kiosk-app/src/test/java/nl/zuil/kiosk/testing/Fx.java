package nl.zuil.kiosk.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Running code on the JavaFX thread from a test, and turning a scene into a PNG. */
public final class Fx {

  private Fx() {}

  /** Starts the (headless) JavaFX toolkit once per test JVM. */
  public static void start() throws TimeoutException {
    FxToolkit.registerPrimaryStage();
  }

  public static <T> T call(Callable<T> work) {
    try {
      T result = WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
      WaitForAsyncUtils.waitForFxEvents();
      return result;
    } catch (ExecutionException e) {
      throw new AssertionError("failed on the JavaFX thread", e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }

  public static void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }

  /** What the scene shows, as an image (on the JavaFX thread). */
  public static BufferedImage snapshot(Scene scene) {
    return call(
        () -> {
          WritableImage image = scene.snapshot(null);
          int width = (int) image.getWidth();
          int height = (int) image.getHeight();
          int[] argb = new int[width * height];
          image
              .getPixelReader()
              .getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
          BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
          png.setRGB(0, 0, width, height, argb, 0, width);
          return png;
        });
  }

  /** Where screenshots for people to look at go: {@code target/screens}. */
  public static final Path SCREENS =
      Path.of(System.getProperty("zuil.screens.dir", "target/screens")).toAbsolutePath();

  /** What {@code scene} shows now, as {@code target/screens/<name>.png}. */
  public static Path screenshot(Scene scene, String name) {
    return writePng(snapshot(scene), SCREENS.resolve(name + ".png"));
  }

  public static Path writePng(BufferedImage image, Path file) {
    try {
      Files.createDirectories(file.getParent());
      ImageIO.write(image, "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new AssertionError("cannot write " + file, e);
    }
  }
}
