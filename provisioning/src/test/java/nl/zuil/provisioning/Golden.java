package nl.zuil.provisioning;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checked-in expected files. A missing one fails the test, because a test that writes its own
 * expectation passes whatever the code does; {@code -Dzuil.golden.update=true} rewrites them, and
 * the diff then goes through review like code.
 */
public final class Golden {

  static final String UPDATE_PROPERTY = "zuil.golden.update";
  private static final Path ROOT = Path.of("src/test/resources/golden");
  private static final Path ACTUAL = Path.of("target/golden-actual");

  private Golden() {}

  public static void assertText(String name, String actual) throws IOException {
    Path expected = ROOT.resolve(name);
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(expected)) {
      fail(
          "golden file %s is missing. Check the output by eye, then create it with" + " -D%s=true",
          expected, UPDATE_PROPERTY);
    }
    String golden = Files.readString(expected, StandardCharsets.UTF_8);
    if (!golden.equals(actual)) {
      Path copy = ACTUAL.resolve(name);
      Files.createDirectories(copy.getParent());
      Files.writeString(copy, actual, StandardCharsets.UTF_8);
      fail(
          "%s differs from its golden file; the actual text is in %s (diff them). If the change"
              + " is intended, rerun with -D%s=true.",
          name, copy, UPDATE_PROPERTY);
    }
  }
}
