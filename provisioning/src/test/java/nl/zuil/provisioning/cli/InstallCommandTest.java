package nl.zuil.provisioning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.zuil.provisioning.FileTree;
import nl.zuil.provisioning.Golden;
import nl.zuil.provisioning.KioskRoot;
import nl.zuil.provisioning.Tool;
import nl.zuil.provisioning.Unwritable;
import nl.zuil.testsupport.RequiredTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstallCommandTest {

  private static final String[] FILES = {
    "/etc/systemd/system/zuil-kiosk.service",
    "/etc/systemd/system/zuil-sync-agent.service",
    "/etc/pam.d/zuil-kiosk",
    "/etc/logrotate.d/zuil"
  };

  @TempDir Path root;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/etc/systemd/system/zuil-kiosk.service",
        "/etc/systemd/system/zuil-sync-agent.service",
        "/etc/pam.d/zuil-kiosk",
        "/etc/logrotate.d/zuil"
      })
  void writesEachFileAsItsGoldenFile(String file) throws Exception {
    KioskRoot kiosk = KioskRoot.at(root);

    Tool.Run run = Tool.run("install", root);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Path written = kiosk.path(file);
    Golden.assertText("install" + file, Files.readString(written));
    assertThat(mode(written)).isEqualTo(0644);
    assertThat(run.out()).contains("created   " + file + " (0644 root:root)");
  }

  /** systemd does not start the agent when a folder its ReadWritePaths names is missing. */
  @Test
  void everyFolderTheAgentMayWriteExistsAfterInitAndInstall() throws Exception {
    KioskRoot kiosk = KioskRoot.at(root).initialised();
    Files.delete(kiosk.path("/var/lib/zuil-catalogue"));

    Tool.Run run = Tool.run("install", root);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("created   /var/lib/zuil-catalogue (2750 zuil-sync:zuil-kiosk)");
    String unit = Files.readString(kiosk.path("/etc/systemd/system/zuil-sync-agent.service"));
    List<String> writable =
        unit.lines()
            .filter(line -> line.startsWith("ReadWritePaths="))
            .flatMap(line -> Stream.of(line.substring("ReadWritePaths=".length()).split(" ")))
            .toList();
    assertThat(writable).contains("/var/lib/zuil-catalogue");
    for (String folder : writable) {
      assertThat(kiosk.path(folder)).as(folder).isDirectory();
    }
  }

  /** systemd's own reading of the units: unknown keys, bad values and typos all show up. */
  @Test
  void systemdAcceptsTheUnits() throws Exception {
    Path systemdAnalyze = RequiredTool.find("systemd-analyze", "systemd");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Tool.Run run = Tool.run("install", root, "--java", java, "--cage", "/bin/sh");
    assertThat(run.exitCode()).as(run.toString()).isZero();

    Process verify =
        new ProcessBuilder(
                systemdAnalyze.toString(),
                "verify",
                root.resolve("etc/systemd/system/zuil-kiosk.service").toString(),
                root.resolve("etc/systemd/system/zuil-sync-agent.service").toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(verify.waitFor()).as(output).isZero();
    assertThat(output).isEmpty();
  }

  @Test
  void listsTheSystemctlCommandsItWouldRunAsRoot() {
    Tool.Run first = Tool.run("install", root);
    Tool.Run second = Tool.run("install", root);

    String enable =
        "  systemctl enable zuil-kiosk.service zuil-sync-agent.service\n"
            + "  systemctl set-default graphical.target\n"
            + "  systemctl mask ctrl-alt-del.target sleep.target suspend.target hibernate.target"
            + " hybrid-sleep.target\n";
    assertThat(first.out())
        .contains(
            "to run as root on the kiosk (not run: not root on /):\n"
                + "  systemctl daemon-reload\n"
                + enable
                + "  systemctl restart zuil-sync-agent.service zuil-kiosk.service\n");
    assertThat(second.out())
        .contains("to run as root on the kiosk (not run: not root on /):\n" + enable)
        .doesNotContain("daemon-reload")
        .doesNotContain("restart")
        .contains("nothing changed");
  }

  @Test
  void aSecondRunChangesNothing() {
    assertThat(Tool.run("install", root).exitCode()).isZero();
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run again = Tool.run("install", root);

    assertThat(again.exitCode()).isZero();
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
    for (String file : FILES) {
      assertThat(again.out()).contains("unchanged " + file);
    }
  }

  @Test
  void aDryRunShowsEveryFileWithContentAndModeAndWritesNothing() throws Exception {
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run = Tool.run("install", root, "--dry-run");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
    assertThat(run.out())
        .contains("would be created /var/log/zuil (0755 root:root)")
        .contains("dry run: nothing was written or run");
    for (String file : FILES) {
      assertThat(run.out()).contains("would be created " + file + " (0644 root:root)");
    }
    assertThat(run.out())
        .contains(
            "    | ExecStart=/usr/bin/java -cp /opt/zuil/lib/* nl.zuil.sync.SyncAgentMain"
                + " --config /etc/zuil/agent.json")
        .contains("    | SuccessExitStatus=143")
        .contains("  systemctl daemon-reload");
  }

  @Test
  void warnsAboutWhatTheServicesWillMissButInstallsThem() {
    Tool.Run run = Tool.run("install", root);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("warning: /usr/bin/cage is missing: apt-get install -y cage xwayland")
        .contains("warning: no Zuil jars in /opt/zuil/lib")
        .contains("warning: no /etc/zuil/kiosk.json: run zuil-provision init")
        .contains("warning: not enrolled");
  }

  @Test
  void anUnwritableFolderLeavesNothingBehind() throws Exception {
    Files.createDirectories(root.resolve("etc/logrotate.d"));
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run;
    try (Unwritable locked = Unwritable.make(root.resolve("etc/logrotate.d"))) {
      run = Tool.run("install", root);
    }

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("etc/logrotate.d").contains("nothing of this run was left");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void leavesAKioskWithTheZuilKioskPackageAlone() throws Exception {
    Path packaged = root.resolve("lib/systemd/system/zuil-kiosk.service");
    Files.createDirectories(packaged.getParent());
    Files.writeString(packaged, "# from the package\n");
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run = Tool.run("install", root);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("the zuil-kiosk package is installed and brings the services itself")
        .contains("Nothing was changed");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  private static int mode(Path path) throws Exception {
    return ((Integer) Files.getAttribute(path, "unix:mode")) & 07777;
  }
}
