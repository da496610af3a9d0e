package nl.zuil.provisioning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import nl.zuil.provisioning.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "init",
        "enrol",
        "install",
        "doctor",
        "update-catalogue",
        "update-window",
        "backup",
        "restore"
      })
  void everyCommandDocumentsItsExitCodes(String command) {
    Tool.Run run = Tool.run(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: zuil-provision " + command).contains("Exit codes:");
    assertThat(run.out()).containsPattern("(?m)^  0   ");
  }

  @Test
  void theToolsHelpListsTheCommandsAndTheSharedExitCodes() {
    Tool.Run run = Tool.run("--help");

    assertThat(run.out())
        .contains("Usage: zuil-provision")
        .contains("init")
        .contains("update-catalogue")
        .contains("Exit codes (each command's help has its own):");
  }

  @ParameterizedTest
  @ValueSource(strings = {"backup", "restore"})
  void aMissingRequiredOptionIsAUsageError(String command) {
    Tool.Run run = Tool.run(command);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option");
  }
}
