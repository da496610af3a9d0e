package nl.zuil.bench.kiosk;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.zuil.kiosk.KioskMain;
import nl.zuil.kiosk.app.KioskWindow;

/**
 * Cold start to the first laid-out frame: five fresh JVMs of the kiosk against five of a trivial
 * JavaFX window, taken in turns so machine noise hits both alike. Under Xvfb when it is installed
 * (the real GTK window), otherwise under Monocle.
 */
public final class KioskColdStartBench {

  private static final int RUNS = 5;

  private KioskColdStartBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("zuil-coldstart");
    Path config = BenchKiosk.config(dir);
    Process xvfb = null;
    String platform;
    List<String> properties = new ArrayList<>();
    properties.add("-Djavafx.cachedir=" + dir.resolve("openjfx-cache"));
    String display = null;
    if (onPath("Xvfb")) {
      display = freeDisplay();
      xvfb =
          new ProcessBuilder("Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("xvfb.log").toFile())
              .start();
      awaitSocket(display);
      platform = "Xvfb";
    } else {
      properties.addAll(
          List.of(
              "-Dglass.platform=Monocle",
              "-Dmonocle.platform=Headless",
              "-Dheadless.geometry=1920x1080-32",
              "-Dprism.order=sw"));
      platform = "Monocle";
    }
    try {
      // One untimed start each: unpacks the JavaFX natives, as an installed kiosk already has.
      firstFrame(kiosk(config), properties, display);
      firstFrame(List.of(TrivialWindowMain.class.getName()), properties, display);
      List<Double> kioskMs = new ArrayList<>();
      List<Double> trivialMs = new ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        kioskMs.add(firstFrame(kiosk(config), properties, display));
        trivialMs.add(firstFrame(List.of(TrivialWindowMain.class.getName()), properties, display));
      }
      double kiosk = BenchKiosk.median(kioskMs);
      double trivial = BenchKiosk.median(trivialMs);
      System.out.println(
          "kiosk cold start to first frame (median of "
              + RUNS
              + ", "
              + platform
              + "): "
              + Math.round(kiosk)
              + " ms");
      System.out.println(
          "reference trivial JavaFX window cold start (median of "
              + RUNS
              + ", "
              + platform
              + "): "
              + Math.round(trivial)
              + " ms");
      System.out.println(
          "kiosk cold start / reference: " + BenchKiosk.round(kiosk / trivial) + " x");
    } finally {
      if (xvfb != null) {
        xvfb.destroy();
        xvfb.waitFor(10, TimeUnit.SECONDS);
      }
      BenchKiosk.deleteTree(dir);
    }
  }

  private static List<String> kiosk(Path config) {
    return List.of(KioskMain.class.getName(), "--config", config.toString());
  }

  /** Starts a JVM and returns the milliseconds until it reports its first frame; then stops it. */
  private static double firstFrame(List<String> main, List<String> properties, String display)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.addAll(properties);
    command.addAll(main);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (display != null) {
      builder.environment().put("DISPLAY", display);
    }
    long start = System.nanoTime();
    Process process = builder.start();
    double elapsed = -1;
    List<String> output = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        output.add(line);
        if (line.contains(KioskWindow.READY_LINE)) {
          elapsed = (System.nanoTime() - start) / 1e6;
          break;
        }
      }
      process.toHandle().destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    if (elapsed < 0) {
      throw new IllegalStateException(
          String.join(" ", main) + " never showed a frame:\n" + String.join("\n", output));
    }
    return elapsed;
  }

  private static boolean onPath(String program) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }

  private static String freeDisplay() {
    for (int n = 90; n < 200; n++) {
      if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n))
          && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
        return ":" + n;
      }
    }
    throw new IllegalStateException("no free X display number between :90 and :199");
  }

  private static void awaitSocket(String display) throws InterruptedException {
    Path socket = Path.of("/tmp/.X11-unix/X" + display.substring(1));
    for (int i = 0; i < 100 && !Files.exists(socket); i++) {
      Thread.sleep(50);
    }
    if (!Files.exists(socket)) {
      throw new IllegalStateException("Xvfb did not start on " + display);
    }
  }
}
