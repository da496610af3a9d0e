package nl.zuil.provisioning;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs {@code zuil-provision} in this JVM, as the installer would type it, and keeps its output.
 */
public final class Tool {

  /** What one run printed and how it ended. */
  public record Run(int exitCode, String out, String err) {
    /** Both streams, for assertions that do not care which one a line went to. */
    public String all() {
      return out + err;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  private Tool() {}

  public static Run run(String... arguments) {
    CommandLine commandLine = ProvisionMain.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(arguments);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** {@code command --root root arguments...}. */
  public static Run run(String command, Path root, String... arguments) {
    List<String> all = new ArrayList<>(List.of(command, "--root", root.toString()));
    all.addAll(List.of(arguments));
    return run(all.toArray(String[]::new));
  }
}
