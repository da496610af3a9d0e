package nl.zuil.kiosk.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * What the kiosk logs while this is open: the log (slf4j-simple) writes to standard error, looked
 * up at every line, so a test sees the real lines. They still reach the test's own output.
 */
public final class StandardErrorLines implements AutoCloseable {

  private final PrintStream original = System.err;
  private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

  private StandardErrorLines() {
    OutputStream both =
        new OutputStream() {
          @Override
          public void write(int b) {
            original.write(b);
            synchronized (copy) {
              copy.write(b);
            }
          }

          @Override
          public void write(byte[] b, int off, int len) {
            original.write(b, off, len);
            synchronized (copy) {
              copy.write(b, off, len);
            }
          }
        };
    System.setErr(new PrintStream(both, true, UTF_8));
  }

  public static StandardErrorLines capture() {
    return new StandardErrorLines();
  }

  /** The lines logged so far that contain {@code text}. */
  public List<String> containing(String text) {
    String all;
    synchronized (copy) {
      all = copy.toString(UTF_8);
    }
    return all.lines().filter(line -> line.contains(text)).toList();
  }

  @Override
  public void close() {
    System.setErr(original);
  }
}
