package nl.zuil.sync.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SettingsLoaderTest {

  private static final Path BASE = Path.of("/etc/zuil");
  private static final String PIN = "sha256/" + "A".repeat(43) + "=";

  @Test
  void readsAFullSettingsFileAndResolvesPathsAgainstItsFolder() throws SettingsException {
    AgentSettings settings =
        SettingsLoader.parse(
            """
            {"ledgerFile": "/var/lib/zuil/ledger.db",
             "backendUrl": "https://zuil.werkcentrum.example:8443",
             "trust": {"pinnedPublicKey": "%s"},
             "credentialFile": "credential.json",
             "stateFile": "/var/lib/zuil/agent-state.db",
             "healthFile": "/run/zuil/agent-health.json",
             "syncIntervalSeconds": 30}
            """
                .formatted(PIN),
            BASE,
            "agent.json");

    assertThat(settings.credentialFile()).isEqualTo(Path.of("/etc/zuil/credential.json"));
    assertThat(settings.trust().pinnedPublicKey()).contains(PIN);
    assertThat(settings.syncInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.maxRequestBytes()).isEqualTo(256 * 1024);
    assertThat(settings.printerStatusFile()).isEmpty();
    assertThat(settings.catalogueFile()).isEmpty();
    assertThat(settings.catalogueInterval()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aCatalogueFileIsKeptCurrentAtTheIntervalGiven() throws SettingsException {
    AgentSettings settings =
        SettingsLoader.parse(
            """
            {"ledgerFile": "/var/lib/zuil/ledger.db",
             "backendUrl": "https://zuil.werkcentrum.example:8443",
             "trust": {"pinnedPublicKey": "%s"},
             "credentialFile": "credential.json",
             "stateFile": "/var/lib/zuil/agent-state.db",
             "healthFile": "/run/zuil/agent-health.json",
             "catalogueFile": "catalogue.json",
             "catalogueIntervalSeconds": 900}
            """
                .formatted(PIN),
            BASE,
            "agent.json");

    assertThat(settings.catalogueFile()).contains(Path.of("/etc/zuil/catalogue.json"));
    assertThat(settings.catalogueInterval()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void namesEveryBadFieldAtOnce() {
    assertThatThrownBy(
            () ->
                SettingsLoader.parse(
                    """
                    {"ledgerFile": 7, "backendUrl": "http://backend", "stateFile": "s.db",
                     "healthFile": "h.json", "syncIntervalSeconds": -1, "colour": "blue",
                     "maxRequestBytes": 10000000}
                    """,
                    BASE,
                    "agent.json"))
        .isInstanceOfSatisfying(
            SettingsException.class,
            e ->
                assertThat(e.problems())
                    .anyMatch(p -> p.startsWith("'ledgerFile'"))
                    .anyMatch(p -> p.startsWith("'backendUrl'") && p.contains("allowPlainHttp"))
                    .anyMatch(p -> p.startsWith("'credentialFile': is required"))
                    .anyMatch(p -> p.startsWith("'syncIntervalSeconds'"))
                    .anyMatch(p -> p.equals("'colour': unknown field"))
                    .anyMatch(p -> p.startsWith("'maxRequestBytes'")));
  }

  @Test
  void httpsNeedsExactlyOneWayToTrustTheBackend() {
    String template =
        """
        {"ledgerFile": "l.db", "backendUrl": "https://backend", "credentialFile": "c.json",
         "stateFile": "s.db", "healthFile": "h.json" %s}
        """;
    assertThatThrownBy(() -> SettingsLoader.parse(template.formatted(""), BASE, "a.json"))
        .hasMessageContaining("'trust': is required");
    assertThatThrownBy(
            () ->
                SettingsLoader.parse(
                    template.formatted(", \"trust\": {\"pinnedPublicKey\": \"abc\"}"),
                    BASE,
                    "a.json"))
        .hasMessageContaining("'trust.pinnedPublicKey'");
    assertThatThrownBy(
            () ->
                SettingsLoader.parse(
                    template.formatted(
                        ", \"trust\": {\"pinnedPublicKey\": \"" + PIN + "\", \"caFile\": \"x\"}"),
                    BASE,
                    "a.json"))
        .hasMessageContaining("exactly one");
  }

  @Test
  void plainHttpOnlyWhenAskedForExplicitly() throws SettingsException {
    AgentSettings settings =
        SettingsLoader.parse(
            """
            {"ledgerFile": "l.db", "backendUrl": "http://127.0.0.1:8080", "allowPlainHttp": true,
             "credentialFile": "c.json", "stateFile": "s.db", "healthFile": "h.json"}
            """,
            BASE,
            "a.json");

    assertThat(settings.allowPlainHttp()).isTrue();
  }

  @Test
  void notJsonIsReportedWithItsLine() {
    assertThatThrownBy(() -> SettingsLoader.parse("{\n\"ledgerFile\": ", BASE, "a.json"))
        .hasMessageContaining("not valid JSON (line 2)");
  }
}
