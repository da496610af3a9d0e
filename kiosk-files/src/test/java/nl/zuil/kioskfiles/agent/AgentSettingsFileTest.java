package nl.zuil.kioskfiles.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import nl.zuil.json.StrictJson;
import nl.zuil.kioskfiles.Golden;
import org.junit.jupiter.api.Test;

class AgentSettingsFileTest {

  private static final Path BASE = Path.of("/etc/zuil");
  private static final String PIN = "sha256/" + "A".repeat(43) + "=";

  @Test
  void readsAFullSettingsFileAndResolvesPathsAgainstItsFolder() throws SettingsException {
    AgentSettings settings =
        AgentSettingsFile.parse(
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
        AgentSettingsFile.parse(
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
                AgentSettingsFile.parse(
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
                    .anyMatch(p -> p.startsWith("ledgerFile (line 1): "))
                    .anyMatch(
                        p -> p.startsWith("backendUrl (line 1): ") && p.contains("allowPlainHttp"))
                    .anyMatch(p -> p.startsWith("credentialFile (line 1): is required"))
                    .anyMatch(p -> p.startsWith("syncIntervalSeconds (line 2): "))
                    .anyMatch(p -> p.startsWith("colour (line 2): unknown field"))
                    .anyMatch(p -> p.startsWith("maxRequestBytes (line 3): ")));
  }

  @Test
  void httpsNeedsExactlyOneWayToTrustTheBackend() {
    String template =
        """
        {"ledgerFile": "l.db", "backendUrl": "https://backend", "credentialFile": "c.json",
         "stateFile": "s.db", "healthFile": "h.json" %s}
        """;
    assertThatThrownBy(() -> AgentSettingsFile.parse(template.formatted(""), BASE, "a.json"))
        .hasMessageContaining("trust (line 1): is required");
    assertThatThrownBy(
            () ->
                AgentSettingsFile.parse(
                    template.formatted(", \"trust\": {\"pinnedPublicKey\": \"abc\"}"),
                    BASE,
                    "a.json"))
        .hasMessageContaining("trust.pinnedPublicKey (line 2): ");
    assertThatThrownBy(
            () ->
                AgentSettingsFile.parse(
                    template.formatted(
                        ", \"trust\": {\"pinnedPublicKey\": \"" + PIN + "\", \"caFile\": \"x\"}"),
                    BASE,
                    "a.json"))
        .hasMessageContaining("exactly one");
  }

  @Test
  void plainHttpOnlyWhenAskedForExplicitly() throws SettingsException {
    AgentSettings settings =
        AgentSettingsFile.parse(
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
    assertThatThrownBy(() -> AgentSettingsFile.parse("{\n\"ledgerFile\": ", BASE, "a.json"))
        .hasMessageContaining("(line 2): not valid JSON");
  }

  @Test
  void readsTheFileAsEnrolHasAlwaysWrittenIt() throws Exception {
    AgentSettings settings = AgentSettingsFile.load(Golden.path("agent.json"));
    Path etc = Golden.path("agent.json").getParent();

    assertThat(settings.backendUrl()).hasToString("https://zuil.werkcentrum-twente.nl:8443");
    assertThat(settings.trust().pinnedPublicKey()).contains(PIN);
    assertThat(settings.healthFile())
        .isEqualTo(etc.resolve("../../var/lib/zuil-sync/health.json").normalize());
    assertThat(settings.printerStatusFile())
        .contains(etc.resolve("../../var/lib/zuil/printer.json").normalize());
    assertThat(settings.catalogueFile()).isPresent();
  }

  @Test
  void whatTheToolWritesTheAgentReads() throws Exception {
    AgentSettingsFile.Written written =
        new AgentSettingsFile.Written(
            "ledger.db",
            "http://127.0.0.1:8080",
            true,
            null,
            "credential.json",
            "state.db",
            "health.json",
            "printer.json",
            "catalogue.json",
            10,
            null,
            120);

    AgentSettings settings =
        AgentSettingsFile.parse(StrictJson.pretty(written.toJson()), BASE, "agent.json");

    assertThat(settings.ledgerFile()).isEqualTo(BASE.resolve("ledger.db"));
    assertThat(settings.allowPlainHttp()).isTrue();
    assertThat(settings.credentialFile()).isEqualTo(BASE.resolve("credential.json"));
    assertThat(settings.stateFile()).isEqualTo(BASE.resolve("state.db"));
    assertThat(settings.healthFile()).isEqualTo(BASE.resolve("health.json"));
    assertThat(settings.printerStatusFile()).contains(BASE.resolve("printer.json"));
    assertThat(settings.catalogueFile()).contains(BASE.resolve("catalogue.json"));
    assertThat(settings.syncInterval()).hasSeconds(10);
    assertThat(settings.healthInterval()).as("the agent's default").hasSeconds(300);
    assertThat(settings.catalogueInterval()).hasSeconds(120);
    assertThat(written.toJson().has("trust")).as("a field not set is not written").isFalse();
  }
}
