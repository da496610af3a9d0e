package nl.zuil.provisioning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.zuil.provisioning.FileTree;
import nl.zuil.provisioning.KioskRoot;
import nl.zuil.provisioning.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateWindowCommandTest {

  @TempDir Path root;

  @Test
  void putsTheAptTimersOutsideTheLocationsGidsHours() throws Exception {
    KioskRoot kiosk = KioskRoot.at(root).initialised();

    Tool.Run run = Tool.run("update-window", root);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(
            Files.readString(
                kiosk.path(
                    "/etc/systemd/system/apt-daily-upgrade.timer.d/zuil-maintenance-window.conf")))
        .contains("[Timer]\nOnCalendar=\nOnCalendar=*-*-* 03:00:00 Europe/Amsterdam\n")
        .contains("RandomizedDelaySec=30min")
        .contains("outside the gids hours of hengelo-bibliotheek");
    assertThat(
            Files.readString(
                kiosk.path("/etc/systemd/system/apt-daily.timer.d/zuil-maintenance-window.conf")))
        .contains("OnCalendar=*-*-* 02:00:00 Europe/Amsterdam\n");
    assertThat(run.out())
        .contains("systemctl daemon-reload")
        .contains("updates install daily between 03:00-04:30 (Europe/Amsterdam)");
  }

  @Test
  void aSecondRunChangesNothing() throws Exception {
    KioskRoot.at(root).initialised();
    Tool.run("update-window", root);
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run again = Tool.run("update-window", root);

    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).doesNotContain("daemon-reload");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void withoutAKioskConfigItSaysWhatToRunAndWritesNothing() throws Exception {
    Map<String, String> before = FileTree.snapshot(root);

    Tool.Run run = Tool.run("update-window", root);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("run zuil-provision init");
    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }
}
