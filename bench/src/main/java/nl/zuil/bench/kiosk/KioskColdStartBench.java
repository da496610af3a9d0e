package nl.zuil.bench.kiosk;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.zuil.kiosk.app.KioskWindow;

/**
 * Cold start to the first laid-out frame: five fresh JVMs of the kiosk against five of a trivial
 * JavaFX window, taken in turns so machine noise hits both alike. Under Xvfb when it is installed
 * (the real GTK window), otherwise under Monocle.
 *
 * <p>The kiosk starts as the zuil-kiosk package starts it: through the package's start script
 * (packaging/src/deb/kiosk/bin/zuil-kiosk), with its JVM flags and its class data sharing archive,
 * here in a cache folder of the run. The trivial window runs with the JVM's defaults.
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
      List<String> kioskStart = kiosk(config);
      Map<String, String> kioskEnvironment = kioskEnvironment(dir, properties);
      List<String> trivialStart = java(List.of(TrivialWindowMain.class.getName()), properties);
      // Untimed starts: they unpack the JavaFX natives, and the kiosk's first start writes its
      // class archive as it stops, which the second takes into use, as on an installed kiosk.
      firstFrame(kioskStart, kioskEnvironment, display);
      firstFrame(kioskStart, kioskEnvironment, display);
      firstFrame(trivialStart, Map.of(), display);
      List<Double> kioskMs = new ArrayList<>();
      List<Double> trivialMs = new ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        kioskMs.add(firstFrame(kioskStart, kioskEnvironment, display));
        trivialMs.add(firstFrame(trivialStart, Map.of(), display));
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

  /** The package's start script, from this build's source tree, with the kiosk's arguments. */
  private static List<String> kiosk(Path config) throws URISyntaxException {
    Path classes =
        Path.of(
            KioskColdStartBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    // bench/target/classes -> the source tree's root
    Path root = classes.getParent().getParent().getParent();
    Path script = root.resolve("packaging/src/deb/kiosk/bin/zuil-kiosk");
    if (!Files.isExecutable(script)) {
      throw new IllegalStateException("no kiosk start script at " + script);
    }
    return List.of(script.toString(), "--config", config.toString());
  }

  /**
   * What the start script takes from the environment: this JVM, the jars of this class path (a
   * class archive holds classes from jars only; the kiosk's are among them) and a cache folder of
   * this run. Without Xvfb, Monocle's settings reach the kiosk's JVM the only way a script leaves.
   */
  private static Map<String, String> kioskEnvironment(Path dir, List<String> properties) {
    String jars =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> entry.endsWith(".jar"))
            .collect(Collectors.joining(File.pathSeparator));
    Map<String, String> environment = new HashMap<>();
    environment.put("ZUIL_KIOSK_JAVA", javaCommand());
    environment.put("ZUIL_KIOSK_CLASSPATH", jars);
    environment.put("ZUIL_KIOSK_CACHE", dir.resolve("kiosk-cache").toString());
    List<String> monocle =
        properties.stream().filter(p -> !p.startsWith("-Djavafx.cachedir=")).toList();
    if (!monocle.isEmpty()) {
      environment.put("JAVA_TOOL_OPTIONS", String.join(" ", monocle));
    }
    return environment;
  }

  private static List<String> java(List<String> main, List<String> properties) {
    List<String> command = new ArrayList<>();
    command.add(javaCommand());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.addAll(properties);
    command.addAll(main);
    return command;
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Starts a JVM and returns the milliseconds until it reports its first frame; then stops it. */
  private static double firstFrame(
      List<String> command, Map<String, String> environment, String display)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
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
          String.join(" ", command) + " never showed a frame:\n" + String.join("\n", output));
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
