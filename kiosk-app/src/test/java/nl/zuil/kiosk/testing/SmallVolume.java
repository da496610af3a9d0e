package nl.zuil.kiosk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.zuil.testsupport.RequiredTool;

/**
 * A real, small file system (tmpfs) mounted for one test, that the test can fill to the last page
 * and free again: a full disk as the kiosk meets it, not a simulated exception. Needs root (the
 * tests run as root in CI and under ./zuil test); a mount that fails fails the test, loudly.
 */
public final class SmallVolume implements AutoCloseable {

  private final Path dir;
  private final Path filler;

  private SmallVolume(Path dir) {
    this.dir = dir;
    this.filler = dir.resolve("filler");
  }

  public static SmallVolume mount(Path dir, int kibibytes) throws IOException {
    Path mount = RequiredTool.find("mount", "mount");
    RequiredTool.find("umount", "mount");
    Files.createDirectories(dir);
    run(
        List.of(
            mount.toString(),
            "-t",
            "tmpfs",
            "-o",
            "size=" + kibibytes + "k,mode=0700",
            "zuil-small-volume",
            dir.toString()),
        "This test fills a real small volume and needs to mount one (as root). Run it as root,"
            + " as ./zuil test and CI do");
    return new SmallVolume(dir);
  }

  public Path dir() {
    return dir;
  }

  /** Writes a file until the volume has not one page left. */
  public void fill() throws IOException {
    byte[] page = new byte[4096];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(page);
        out.flush();
      }
    } catch (IOException full) {
      if (!full.getMessage().contains("No space left")) {
        throw full;
      }
    }
  }

  /** Deletes what {@link #fill()} wrote. */
  public void free() throws IOException {
    Files.deleteIfExists(filler);
  }

  @Override
  public void close() throws IOException {
    run(List.of("umount", dir.toString()), "cannot unmount the small volume");
  }

  private static void run(List<String> command, String advice) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish in 20 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    if (process.exitValue() != 0) {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      throw new AssertionError(
          String.join(" ", command)
              + " failed (exit "
              + process.exitValue()
              + "): "
              + output.strip()
              + ". "
              + advice);
    }
  }
}
