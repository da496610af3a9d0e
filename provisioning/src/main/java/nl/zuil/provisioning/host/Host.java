package nl.zuil.provisioning.host;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.zuil.provisioning.files.Layout;

/**
 * The machine the tool works on, seen through its root. Users, groups and programs are looked up
 * under the root ({@code <root>/etc/passwd}, {@code <root>/usr/bin/systemctl}), so a test can give
 * a temporary root its own; changes to the system itself (useradd, chown, systemctl enable) are
 * made only when the root is {@code /} and the tool runs as root.
 */
public final class Host {

  private static final List<String> PROGRAM_FOLDERS =
      List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin");
  private static final long PROGRAM_TIMEOUT_SECONDS = 15;

  private final Layout layout;
  private final boolean privileged;

  private Host(Layout layout, boolean privileged) {
    this.layout = layout;
    this.privileged = privileged;
  }

  public static Host of(Layout layout) {
    return new Host(layout, new UnixSystem().getUid() == 0);
  }

  public Layout layout() {
    return layout;
  }

  /** True when owners, users and services are changed for real: root on the kiosk itself. */
  public boolean isReal() {
    return privileged && layout.isSystemRoot();
  }

  public boolean hasUser(String name) throws IOException {
    return hasEntry("/etc/passwd", name);
  }

  public boolean hasGroup(String name) throws IOException {
    return hasEntry("/etc/group", name);
  }

  /** A program under the root's usual folders, if it is installed there. */
  public Optional<Path> program(String name) {
    for (String folder : PROGRAM_FOLDERS) {
      Path candidate = layout.path(folder + "/" + name);
      if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Runs a program found under the root and returns what it printed; empty when the program is not
   * installed there.
   */
  public Optional<ProgramOutput> query(String program, String... arguments) throws IOException {
    Optional<Path> executable = program(program);
    if (executable.isEmpty()) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(executable.get().toString());
    command.addAll(List.of(arguments));
    return Optional.of(run(command));
  }

  /** Runs a command to the end (at most a few seconds) and returns its exit code and output. */
  public static ProgramOutput run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    try (InputStream in = process.getInputStream()) {
      byte[] output = in.readAllBytes();
      if (!process.waitFor(PROGRAM_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(String.join(" ", command) + " did not finish in time");
      }
      return new ProgramOutput(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + String.join(" ", command), e);
    }
  }

  /**
   * Whether systemd runs a unit; empty when that cannot be told (no systemctl under the root, or no
   * systemd running).
   */
  public Optional<Boolean> unitActive(String unit) {
    try {
      Optional<ProgramOutput> answer = query("systemctl", "is-active", unit);
      if (answer.isEmpty()) {
        return Optional.empty();
      }
      return switch (answer.get().text().strip()) {
        case "active", "reloading", "activating", "deactivating" -> Optional.of(true);
        case "inactive", "failed" -> Optional.of(false);
        default -> Optional.empty();
      };
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private boolean hasEntry(String file, String name) throws IOException {
    try {
      return Files.readAllLines(layout.path(file), StandardCharsets.UTF_8).stream()
          .anyMatch(line -> line.startsWith(name + ":"));
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /** What a program printed (standard output and error together) and how it ended. */
  public record ProgramOutput(int exitCode, String text) {}
}
