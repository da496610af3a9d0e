package nl.zuil.provisioning;

import static org.assertj.core.api.Assertions.fail;

import com.sun.security.auth.module.UnixSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.zuil.testsupport.RequiredTool;

/**
 * Makes a folder nobody can write to until closed. Root ignores permission bits, so as root the
 * folder is made immutable ({@code chattr +i}) instead; as anyone else it loses its write bits.
 */
public final class Unwritable implements AutoCloseable {

  private final Path folder;
  private final boolean root;
  private final Object mode;

  private Unwritable(Path folder, boolean root, Object mode) {
    this.folder = folder;
    this.root = root;
    this.mode = mode;
  }

  public static Unwritable make(Path folder) throws Exception {
    boolean root = new UnixSystem().getUid() == 0;
    Object mode = Files.getAttribute(folder, "unix:mode");
    if (root) {
      run(RequiredTool.find("chattr", "e2fsprogs").toString(), "+i", folder.toString());
    } else {
      Files.setAttribute(folder, "unix:mode", 0555);
    }
    return new Unwritable(folder, root, mode);
  }

  @Override
  public void close() throws Exception {
    if (root) {
      run(RequiredTool.find("chattr", "e2fsprogs").toString(), "-i", folder.toString());
    } else {
      Files.setAttribute(folder, "unix:mode", mode);
    }
  }

  private static void run(String... command) throws Exception {
    Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
      fail(
          "%s failed: %s (the test folder's file system must support immutable folders)",
          String.join(" ", command), output);
    }
  }
}
