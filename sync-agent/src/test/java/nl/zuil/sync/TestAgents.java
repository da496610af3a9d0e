package nl.zuil.sync;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.kioskfiles.agent.Trust;

/** Agent settings for tests: files under one folder, short timeouts. */
public final class TestAgents {

  private TestAgents() {}

  public static AgentSettings settings(Path dir, String backendUrl, Trust trust) {
    return settings(dir, backendUrl, trust, 256 * 1024);
  }

  public static AgentSettings settings(
      Path dir, String backendUrl, Trust trust, int maxRequestBytes) {
    return new AgentSettings(
        dir.resolve("ledger.db"),
        URI.create(backendUrl),
        trust,
        backendUrl.startsWith("http:"),
        dir.resolve("credential.json"),
        dir.resolve("agent-state.db"),
        dir.resolve("agent-health.json"),
        Optional.of(dir.resolve("printer.json")),
        Duration.ofSeconds(60),
        Duration.ofSeconds(300),
        Duration.ofMinutes(15),
        Duration.ofSeconds(5),
        maxRequestBytes,
        Optional.empty(),
        Duration.ofSeconds(3600));
  }

  /** The same settings, with the agent keeping {@code catalogueFile} at the published version. */
  public static AgentSettings keepingCatalogue(AgentSettings s, Path catalogueFile) {
    return new AgentSettings(
        s.ledgerFile(),
        s.backendUrl(),
        s.trust(),
        s.allowPlainHttp(),
        s.credentialFile(),
        s.stateFile(),
        s.healthFile(),
        s.printerStatusFile(),
        s.syncInterval(),
        s.healthInterval(),
        s.maxBackoff(),
        s.requestTimeout(),
        s.maxRequestBytes(),
        Optional.of(catalogueFile),
        s.catalogueInterval());
  }

  public static Trust pinned(String pin) {
    return new Trust(Optional.of(pin), Optional.empty());
  }

  public static Trust none() {
    return new Trust(Optional.empty(), Optional.empty());
  }
}
