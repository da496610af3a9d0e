package nl.zuil.hardware.golden;

import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * Checked-in expected files. A missing file fails the test, because a test that writes its own
 * expectation passes on the first run whatever the code does; {@code -Dzuil.golden.update=true}
 * rewrites them, and the diff then goes through review like code.
 */
final class GoldenFiles {

  static final String UPDATE_PROPERTY = "zuil.golden.update";
  private static final Path ROOT = Path.of("src/test/resources/golden");
  private static final Path ACTUAL = Path.of("target/golden-actual");

  private GoldenFiles() {}

  static void assertBytes(String name, byte[] actual) throws IOException {
    Path expected = ROOT.resolve(name);
    if (update(expected, () -> Files.write(expected, actual))) {
      return;
    }
    byte[] golden = Files.readAllBytes(expected);
    int at = Arrays.mismatch(golden, actual);
    if (at >= 0) {
      Path copy = ACTUAL.resolve(name);
      Files.createDirectories(copy.getParent());
      Files.write(copy, actual);
      fail(
          "%s differs from the golden file at byte %d (golden %d bytes, actual %d); actual bytes"
              + " are in %s. If the change is intended, rerun with -D%s=true.",
          name, at, golden.length, actual.length, copy, UPDATE_PROPERTY);
    }
  }

  /** Compares dot for dot; PNG files may differ in compression and still hold the same image. */
  static void assertImage(String name, BufferedImage actual) throws IOException {
    Path expected = ROOT.resolve(name);
    if (update(expected, () -> ImageIO.write(actual, "png", expected.toFile()))) {
      return;
    }
    BufferedImage golden = ImageIO.read(expected.toFile());
    long differing = differingDots(golden, actual);
    if (differing != 0) {
      Path copy = ACTUAL.resolve(name);
      Files.createDirectories(copy.getParent());
      ImageIO.write(actual, "png", copy.toFile());
      fail(
          "%s differs from the golden image (%s; golden %dx%d, actual %dx%d); the actual image is"
              + " %s. If the change is intended, rerun with -D%s=true.",
          name,
          differing < 0 ? "size differs" : differing + " dots differ",
          golden.getWidth(),
          golden.getHeight(),
          actual.getWidth(),
          actual.getHeight(),
          copy,
          UPDATE_PROPERTY);
    }
  }

  private interface Writer {
    void write() throws IOException;
  }

  private static boolean update(Path expected, Writer writer) throws IOException {
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.createDirectories(expected.getParent());
      writer.write();
      return true;
    }
    if (!Files.exists(expected)) {
      fail(
          "golden file %s is missing. Generate it with -D%s=true, look at it, and check it in.",
          expected, UPDATE_PROPERTY);
    }
    return false;
  }

  private static long differingDots(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return -1;
    }
    long differing = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if ((a.getRGB(x, y) & 0xFFFFFF) != (b.getRGB(x, y) & 0xFFFFFF)) {
          differing++;
        }
      }
    }
    return differing;
  }
}
