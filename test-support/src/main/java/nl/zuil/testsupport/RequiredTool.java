package nl.zuil.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a program a test needs (socat, chromium, ...). A missing tool fails the test with the
 * command that installs it: a test that skips itself quietly hides a feature nobody checked.
 */
public final class RequiredTool {

  private RequiredTool() {}

  public static Path find(String program, String debianPackage) {
    String pathVariable = System.getenv().getOrDefault("PATH", "");
    for (String dir : pathVariable.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(
        program
            + " is needed by this test but is not on the PATH. Run ./zuil test (it installs what"
            + " the tests need) or: sudo apt-get install -y "
            + debianPackage);
  }
}
