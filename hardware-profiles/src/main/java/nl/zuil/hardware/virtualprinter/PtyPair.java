package nl.zuil.hardware.virtualprinter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A pseudo-terminal pair made by socat: a serial cable with two ends, each a device path a serial
 * library can open. Unplugging kills socat, so both device nodes vanish as a USB printer's does;
 * plugging in again starts a new pair under the same paths.
 */
public final class PtyPair implements AutoCloseable {

  private static final long LINK_WAIT_MILLIS = 5_000;

  private final Path kioskEnd;
  private final Path printerEnd;
  private Process socat;

  private PtyPair(Path kioskEnd, Path printerEnd) {
    this.kioskEnd = kioskEnd;
    this.printerEnd = printerEnd;
  }

  /**
   * Starts socat and waits until both ends exist.
   *
   * @throws IllegalStateException when socat is not installed, naming the package to install
   */
  public static PtyPair create(Path kioskEnd, Path printerEnd) throws IOException {
    PtyPair pair = new PtyPair(kioskEnd.toAbsolutePath(), printerEnd.toAbsolutePath());
    pair.plugIn();
    return pair;
  }

  public Path kioskEnd() {
    return kioskEnd;
  }

  public Path printerEnd() {
    return printerEnd;
  }

  /** Starts a new pair after {@link #unplug()}; the device nodes behind the paths are new ones. */
  public synchronized void plugIn() throws IOException {
    if (socat != null) {
      return;
    }
    Files.createDirectories(kioskEnd.getParent());
    Files.createDirectories(printerEnd.getParent());
    Files.deleteIfExists(kioskEnd);
    Files.deleteIfExists(printerEnd);
    socat =
        new ProcessBuilder(
                List.of(
                    socatPath(),
                    "pty,raw,echo=0,link=" + kioskEnd,
                    "pty,raw,echo=0,link=" + printerEnd))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    long deadline = System.currentTimeMillis() + LINK_WAIT_MILLIS;
    while (!(Files.exists(kioskEnd) && Files.exists(printerEnd))) {
      if (!socat.isAlive() || System.currentTimeMillis() > deadline) {
        unplug();
        throw new IOException("socat did not create " + kioskEnd + " and " + printerEnd);
      }
      sleep(5);
    }
  }

  /** Pulls the cable: both ends disappear and every open handle on them fails. */
  public synchronized void unplug() throws IOException {
    if (socat == null) {
      return;
    }
    socat.destroy();
    try {
      if (!socat.waitFor(2, TimeUnit.SECONDS)) {
        socat.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    socat = null;
    Files.deleteIfExists(kioskEnd);
    Files.deleteIfExists(printerEnd);
  }

  @Override
  public void close() throws IOException {
    unplug();
  }

  private static String socatPath() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "socat");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    throw new IllegalStateException(
        "socat is needed for a virtual printer cable but is not on the PATH."
            + " Install it: sudo apt-get install -y socat");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
