package nl.zuil.kioskfiles.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import nl.zuil.json.JsonFields;
import nl.zuil.json.JsonProblem;
import nl.zuil.json.JsonTree;
import nl.zuil.json.StrictJson;
import nl.zuil.json.StrictJsonException;

/**
 * The sync agent's settings file ({@code /etc/zuil/agent.json}): read by the agent and the
 * provisioning tool, written by the tool's {@code enrol}. Every problem is reported with the field
 * it is in, all at once, so an installer fixes the file in one go; relative paths are resolved
 * against the file's folder.
 */
public final class AgentSettingsFile {

  /** The field the provisioning tool sets when it gives the agent the kiosk's catalogue. */
  public static final String CATALOGUE_FILE = "catalogueFile";

  private static final Set<String> FIELDS =
      Set.of(
          "ledgerFile",
          "backendUrl",
          "trust",
          "allowPlainHttp",
          "credentialFile",
          "stateFile",
          "healthFile",
          "printerStatusFile",
          "syncIntervalSeconds",
          "healthIntervalSeconds",
          "maxBackoffSeconds",
          "requestTimeoutSeconds",
          "maxRequestBytes",
          CATALOGUE_FILE,
          "catalogueIntervalSeconds");

  private static final Pattern PIN = Pattern.compile("sha256/[A-Za-z0-9+/]{43}=");
  private static final Trust NO_TRUST = new Trust(Optional.empty(), Optional.empty());

  /**
   * What the provisioning tool writes; a field left {@code null} is not written, so a value someone
   * set by hand survives (the tool merges this into the file it finds). Paths as in the file:
   * relative to its folder.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Written(
      String ledgerFile,
      String backendUrl,
      Boolean allowPlainHttp,
      WrittenTrust trust,
      String credentialFile,
      String stateFile,
      String healthFile,
      String printerStatusFile,
      String catalogueFile,
      Integer syncIntervalSeconds,
      Integer healthIntervalSeconds,
      Integer catalogueIntervalSeconds) {

    /** The fields as a JSON object, in this order. */
    public ObjectNode toJson() {
      return (ObjectNode) StrictJson.tree(this);
    }
  }

  /** Exactly one of the two. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record WrittenTrust(String pinnedPublicKey, String caFile) {}

  private AgentSettingsFile() {}

  public static AgentSettings load(Path file) throws SettingsException {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new SettingsException(file.toString(), List.of("cannot read the file: " + e));
    }
    Path base = file.toAbsolutePath().getParent();
    return parse(text, base, file.toString());
  }

  public static AgentSettings parse(String text, Path base, String source)
      throws SettingsException {
    JsonTree tree;
    try {
      tree = JsonTree.parse(text);
    } catch (StrictJsonException e) {
      throw refused(source, e);
    }
    JsonFields f = tree.root();
    f.allowOnly(FIELDS);
    Path ledger = path(f, base, "ledgerFile", true);
    boolean plain = f.bool("allowPlainHttp", false);
    URI url = url(f, plain);
    Trust trust = trust(f, base, url);
    Path credential = path(f, base, "credentialFile", true);
    Path state = path(f, base, "stateFile", true);
    Path health = path(f, base, "healthFile", true);
    Path printer = path(f, base, "printerStatusFile", false);
    Duration sync = seconds(f, "syncIntervalSeconds", 60, 1, 86_400);
    Duration healthInterval = seconds(f, "healthIntervalSeconds", 300, 1, 86_400);
    Duration backoff = seconds(f, "maxBackoffSeconds", 900, 1, 86_400);
    Duration timeout = seconds(f, "requestTimeoutSeconds", 30, 1, 600);
    int maxBytes = (int) f.wholeNumber("maxRequestBytes", 4 * 1024, 256 * 1024).orElse(256 * 1024);
    Path catalogue = path(f, base, CATALOGUE_FILE, false);
    Duration catalogueInterval = seconds(f, "catalogueIntervalSeconds", 3600, 60, 86_400);
    try {
      tree.throwIfProblems();
    } catch (StrictJsonException e) {
      throw refused(source, e);
    }
    return new AgentSettings(
        ledger,
        url,
        trust,
        plain,
        credential,
        state,
        health,
        Optional.ofNullable(printer),
        sync,
        healthInterval,
        backoff,
        timeout,
        maxBytes,
        Optional.ofNullable(catalogue),
        catalogueInterval);
  }

  private static SettingsException refused(String source, StrictJsonException e) {
    return new SettingsException(source, e.problems().stream().map(JsonProblem::toString).toList());
  }

  private static Path path(JsonFields f, Path base, String field, boolean required) {
    if (required && !f.has(field)) {
      f.problem(field, "is required (a file path)");
      return null;
    }
    return f.text(field).map(text -> base.resolve(text).normalize()).orElse(null);
  }

  private static Duration seconds(JsonFields f, String field, long fallback, long min, long max) {
    OptionalLong value = f.wholeNumber(field, min, max);
    return Duration.ofSeconds(value.orElse(fallback));
  }

  private static URI url(JsonFields f, boolean plainAllowed) {
    String field = "backendUrl";
    if (!f.has(field)) {
      f.problem(field, "is required, e.g. \"https://zuil.werkcentrum-twente.nl:8443\"");
      return null;
    }
    Optional<String> text = f.text(field);
    if (text.isEmpty()) {
      return null;
    }
    try {
      URI url = new URI(text.get());
      boolean https = "https".equals(url.getScheme());
      boolean http = "http".equals(url.getScheme());
      if (url.getHost() == null || !(https || http)) {
        f.problem(field, "must be an https:// URL with a host");
        return null;
      }
      if (http && !plainAllowed) {
        f.problem(field, "is plain http://; use https://, or set allowPlainHttp for a local demo");
        return null;
      }
      if (url.getUserInfo() != null || url.getQuery() != null) {
        f.problem(field, "must not carry a user, password or query");
        return null;
      }
      return url;
    } catch (URISyntaxException e) {
      f.problem(field, "is not a URL");
      return null;
    }
  }

  private static Trust trust(JsonFields root, Path base, URI url) {
    boolean https = url != null && "https".equals(url.getScheme());
    if (!root.has("trust")) {
      if (https) {
        root.problem(
            "trust", "is required: {\"pinnedPublicKey\": \"sha256/...\"} or {\"caFile\": ...}");
      }
      return NO_TRUST;
    }
    Optional<JsonFields> object = root.object("trust");
    if (object.isEmpty()) {
      return NO_TRUST;
    }
    JsonFields trust = object.get();
    trust.allowOnly(Set.of("pinnedPublicKey", "caFile"));
    if (trust.has("pinnedPublicKey") == trust.has("caFile")) {
      root.problem("trust", "needs exactly one of pinnedPublicKey and caFile");
      return NO_TRUST;
    }
    if (trust.has("pinnedPublicKey")) {
      Optional<String> pin = trust.text("pinnedPublicKey");
      if (pin.isPresent() && !PIN.matcher(pin.get()).matches()) {
        trust.problem("pinnedPublicKey", "must look like sha256/<44 base64 characters>");
        return NO_TRUST;
      }
      return new Trust(pin, Optional.empty());
    }
    Optional<Path> caFile = trust.text("caFile").map(text -> base.resolve(text).normalize());
    caFile
        .filter(file -> !Files.isReadable(file))
        .ifPresent(file -> trust.problem("caFile", "cannot read " + file));
    return new Trust(Optional.empty(), caFile);
  }
}
