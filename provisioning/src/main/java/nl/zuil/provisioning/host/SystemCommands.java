package nl.zuil.provisioning.host;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes to the system that are not files: users, groups, services. They run only on the kiosk
 * itself as root ({@link Host#isReal()}); anywhere else they are listed for the operator (and for
 * the tests, which assert the list).
 */
public final class SystemCommands {

  private final Host host;
  private final List<List<String>> commands = new ArrayList<>();

  public SystemCommands(Host host) {
    this.host = host;
  }

  public void add(String... command) {
    commands.add(List.of(command));
  }

  public List<String> describe() {
    return commands.stream().map(c -> String.join(" ", c)).toList();
  }

  public boolean isEmpty() {
    return commands.isEmpty();
  }

  public boolean willRun() {
    return host.isReal();
  }

  /**
   * Runs the commands in order when the changes are real; stops at the first that fails.
   *
   * @throws IOException naming the command and what it printed
   */
  public void runAll() throws IOException {
    if (!host.isReal()) {
      return;
    }
    for (List<String> command : commands) {
      Host.ProgramOutput output = Host.run(command);
      if (output.exitCode() != 0) {
        throw new IOException(
            String.join(" ", command)
                + " failed (exit "
                + output.exitCode()
                + "): "
                + output.text().strip());
      }
    }
  }
}
