package nl.zuil.sync.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks the agent's JSON settings file. Every problem is reported with the field it is
 * in, all at once, so an installer fixes the file in one go; relative paths are resolved against
 * the file's folder.
 */
public final class SettingsLoader {

  private static final ObjectMapper JSON = new ObjectMapper();
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
          "catalogueFile",
          "catalogueIntervalSeconds");
  private static final Pattern PIN = Pattern.compile("sha256/[A-Za-z0-9+/]{43}=");

  private SettingsLoader() {}

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

  static AgentSettings parse(String text, Path base, String source) throws SettingsException {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new SettingsException(
          source, List.of("not valid JSON (line " + e.getLocation().getLineNr() + ")"));
    }
    if (root == null || !root.isObject()) {
      throw new SettingsException(source, List.of("must be a JSON object"));
    }
    Fields f = new Fields(root, base);
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        f.problem(name, "unknown field");
      }
    }
    Path ledger = f.path("ledgerFile", true);
    boolean plain = f.bool("allowPlainHttp", false);
    URI url = f.url("backendUrl", plain);
    Trust trust = f.trust(url);
    Path credential = f.path("credentialFile", true);
    Path state = f.path("stateFile", true);
    Path health = f.path("healthFile", true);
    Path printer = f.path("printerStatusFile", false);
    Duration sync = f.seconds("syncIntervalSeconds", 60, 1, 86_400);
    Duration healthInterval = f.seconds("healthIntervalSeconds", 300, 1, 86_400);
    Duration backoff = f.seconds("maxBackoffSeconds", 900, 1, 86_400);
    Duration timeout = f.seconds("requestTimeoutSeconds", 30, 1, 600);
    int maxBytes = (int) f.number("maxRequestBytes", 256 * 1024, 4 * 1024, 256 * 1024);
    Path catalogue = f.path("catalogueFile", false);
    Duration catalogueInterval = f.seconds("catalogueIntervalSeconds", 3600, 60, 86_400);
    if (!f.problems.isEmpty()) {
      throw new SettingsException(source, f.problems);
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

  private static final class Fields {
    private final JsonNode root;
    private final Path base;
    private final List<String> problems = new ArrayList<>();

    Fields(JsonNode root, Path base) {
      this.root = root;
      this.base = base;
    }

    void problem(String field, String message) {
      problems.add("'" + field + "': " + message);
    }

    Path path(String field, boolean required) {
      JsonNode node = root.get(field);
      if (node == null || node.isNull()) {
        if (required) {
          problem(field, "is required (a file path)");
        }
        return null;
      }
      if (!node.isTextual() || node.textValue().isBlank()) {
        problem(field, "must be a file path");
        return null;
      }
      return base.resolve(node.textValue()).normalize();
    }

    boolean bool(String field, boolean fallback) {
      JsonNode node = root.get(field);
      if (node == null) {
        return fallback;
      }
      if (!node.isBoolean()) {
        problem(field, "must be true or false");
        return fallback;
      }
      return node.booleanValue();
    }

    long number(String field, long fallback, long min, long max) {
      JsonNode node = root.get(field);
      if (node == null) {
        return fallback;
      }
      if (!node.isIntegralNumber() || node.longValue() < min || node.longValue() > max) {
        problem(field, "must be a whole number from " + min + " to " + max);
        return fallback;
      }
      return node.longValue();
    }

    Duration seconds(String field, long fallback, long min, long max) {
      return Duration.ofSeconds(number(field, fallback, min, max));
    }

    URI url(String field, boolean plainAllowed) {
      JsonNode node = root.get(field);
      if (node == null || !node.isTextual()) {
        problem(field, "is required, e.g. \"https://zuil.werkcentrum-twente.nl:8443\"");
        return null;
      }
      try {
        URI url = new URI(node.textValue());
        boolean https = "https".equals(url.getScheme());
        boolean http = "http".equals(url.getScheme());
        if (url.getHost() == null || !(https || http)) {
          problem(field, "must be an https:// URL with a host");
          return null;
        }
        if (http && !plainAllowed) {
          problem(field, "is plain http://; use https://, or set allowPlainHttp for a local demo");
          return null;
        }
        if (url.getUserInfo() != null || url.getQuery() != null) {
          problem(field, "must not carry a user, password or query");
          return null;
        }
        return url;
      } catch (URISyntaxException e) {
        problem(field, "is not a URL");
        return null;
      }
    }

    Trust trust(URI url) {
      JsonNode node = root.get("trust");
      boolean https = url != null && "https".equals(url.getScheme());
      if (node == null || node.isNull()) {
        if (https) {
          problem(
              "trust", "is required: {\"pinnedPublicKey\": \"sha256/...\"} or {\"caFile\": ...}");
        }
        return new Trust(Optional.empty(), Optional.empty());
      }
      if (!node.isObject()) {
        problem("trust", "must be an object");
        return new Trust(Optional.empty(), Optional.empty());
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!name.equals("pinnedPublicKey") && !name.equals("caFile")) {
          problem("trust." + name, "unknown field");
        }
      }
      JsonNode pin = node.get("pinnedPublicKey");
      JsonNode ca = node.get("caFile");
      if ((pin == null) == (ca == null)) {
        problem("trust", "needs exactly one of pinnedPublicKey and caFile");
        return new Trust(Optional.empty(), Optional.empty());
      }
      if (pin != null) {
        if (!pin.isTextual() || !PIN.matcher(pin.textValue()).matches()) {
          problem("trust.pinnedPublicKey", "must look like sha256/<44 base64 characters>");
          return new Trust(Optional.empty(), Optional.empty());
        }
        return new Trust(Optional.of(pin.textValue()), Optional.empty());
      }
      if (!ca.isTextual() || ca.textValue().isBlank()) {
        problem("trust.caFile", "must be a file path");
        return new Trust(Optional.empty(), Optional.empty());
      }
      Path caFile = base.resolve(ca.textValue()).normalize();
      if (!Files.isReadable(caFile)) {
        problem("trust.caFile", "cannot read " + caFile);
      }
      return new Trust(Optional.empty(), Optional.of(caFile));
    }
  }
}
