package nl.zuil.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link SyncAgentMain} as its own JVM, as systemd or cron would. */
public final class AgentProcess {

  private AgentProcess() {}

  /** Output (stdout and stderr, with debug logging on) goes to {@code log}. */
  public static Process start(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(SyncAgentMain.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  /** Writes an agent settings file for {@code dir}'s ledger, state and credential files. */
  public static Path settingsFile(Path dir, String backendUrl, String pin, int maxRequestBytes)
      throws IOException {
    String trust =
        pin == null
            ? "\"allowPlainHttp\": true"
            : "\"trust\": {\"pinnedPublicKey\": \"" + pin + "\"}";
    String json =
        """
        {"ledgerFile": "ledger.db", "backendUrl": "%s", %s,
         "credentialFile": "credential.json", "stateFile": "agent-state.db",
         "healthFile": "agent-health.json", "printerStatusFile": "printer.json",
         "syncIntervalSeconds": 1, "maxBackoffSeconds": 2, "requestTimeoutSeconds": 10,
         "maxRequestBytes": %d}
        """
            .formatted(backendUrl, trust, maxRequestBytes);
    return Files.writeString(dir.resolve("agent.json"), json);
  }
}
