package nl.zuil.kiosk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import nl.zuil.testsupport.RequiredTool;

/**
 * Stands in for systemd's end of the notify socket: socat receives the datagrams on a real Unix
 * socket and prints them. The messages run together in its output (a datagram has no line end), so
 * tests count occurrences.
 */
public final class NotifyListener implements AutoCloseable {

  private final Process socat;
  private final StringBuilder received = new StringBuilder();
  private final Thread reader;
  private final String name;

  private NotifyListener(Process socat, String name) {
    this.socat = socat;
    this.name = name;
    this.reader = new Thread(this::read, "notify-listener");
    reader.setDaemon(true);
    reader.start();
  }

  /** Listens on a socket file in {@code dir}. */
  public static NotifyListener onPath(Path dir) throws IOException, InterruptedException {
    Path socket = dir.resolve("notify.sock");
    return start("UNIX-RECV:" + socket, socket.toString(), () -> Files.exists(socket));
  }

  /** Listens in Linux's abstract namespace, as systemd may. */
  public static NotifyListener inAbstractNamespace(String abstractName)
      throws IOException, InterruptedException {
    return start(
        "ABSTRACT-RECV:" + abstractName,
        "@" + abstractName,
        () -> Files.readString(Path.of("/proc/net/unix")).contains("@" + abstractName));
  }

  /** Something that is true once socat has bound its socket. */
  private interface Bound {
    boolean yet() throws IOException;
  }

  private static NotifyListener start(String address, String name, Bound bound)
      throws IOException, InterruptedException {
    Path socat = RequiredTool.find("socat", "socat");
    Process process =
        new ProcessBuilder(socat.toString(), "-u", address, "STDOUT")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    NotifyListener listener = new NotifyListener(process, name);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!bound.yet()) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        listener.close();
        throw new AssertionError("socat did not bind " + name);
      }
      Thread.sleep(20);
    }
    return listener;
  }

  /** The value for {@code NOTIFY_SOCKET}. */
  public String name() {
    return name;
  }

  private void read() {
    byte[] buffer = new byte[4096];
    try (InputStream in = socat.getInputStream()) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        synchronized (received) {
          received.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
          received.notifyAll();
        }
      }
    } catch (IOException e) {
      // socat stopped: what arrived stays readable.
    }
  }

  public String received() {
    synchronized (received) {
      return received.toString();
    }
  }

  public int count(String message) {
    String all = received();
    int count = 0;
    for (int at = all.indexOf(message); at >= 0; at = all.indexOf(message, at + 1)) {
      count++;
    }
    return count;
  }

  /** Waits until {@code message} has arrived {@code times} times in all. */
  public void awaitCount(String message, int times, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    synchronized (received) {
      while (count(message) < times) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          throw new AssertionError(
              "'" + message + "' did not arrive " + times + " times; received: " + received);
        }
        received.wait(left);
      }
    }
  }

  @Override
  public void close() {
    socat.destroy();
    try {
      socat.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
