package nl.zuil.sync.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.sync.transport.DeliveryException.Kind;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Talks to the backend's API v1. Sends bodies it is given and returns the parsed JSON answer of a
 * 2xx; everything else becomes a {@link DeliveryException} saying whether to retry.
 */
public final class BackendClient implements AutoCloseable {

  private static final MediaType JSON_TYPE = MediaType.get("application/json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ANSWER_BYTES = 64 * 1024;
  private static final int MAX_CATALOGUE_BYTES = 4 * 1024 * 1024;

  private final OkHttpClient http;
  private final URI base;
  private final Clock clock;
  private final AtomicLong bytesSent = new AtomicLong();

  private BackendClient(OkHttpClient http, URI base, Clock clock) {
    this.http = http;
    this.base = base;
    this.clock = clock;
  }

  public static BackendClient create(AgentSettings settings, Clock clock) throws IOException {
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .connectTimeout(10, TimeUnit.SECONDS)
            .readTimeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .writeTimeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .callTimeout(settings.requestTimeout().toMillis() * 2, TimeUnit.MILLISECONDS)
            // The agent decides when to retry; a silent retry inside OkHttp would hide failures.
            .retryOnConnectionFailure(false)
            .followRedirects(false);
    TlsTrust.apply(builder, settings.trust());
    return new BackendClient(builder.build(), settings.backendUrl(), clock);
  }

  /** POST {@code /api/v1/buckets}; the answer to check against what was sent. */
  public JsonNode sendBuckets(byte[] body, String authorization) throws DeliveryException {
    return post("api/v1/buckets", body, authorization);
  }

  public JsonNode sendHealth(byte[] body, String authorization) throws DeliveryException {
    return post("api/v1/health", body, authorization);
  }

  public JsonNode enrol(String code) throws DeliveryException {
    byte[] body =
        JSON.createObjectNode()
            .put("enrolmentCode", code)
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    return post("api/v1/enrolments", body, null);
  }

  /**
   * The region's current catalogue answer, or empty when the backend says the one named by {@code
   * etag} is still current.
   */
  public Optional<CatalogueAnswer> catalogue(String authorization, Optional<String> etag)
      throws DeliveryException {
    Request.Builder request =
        new Request.Builder()
            .url(base.resolve("/api/v1/catalogue").toString())
            .header("Authorization", authorization)
            .get();
    etag.ifPresent(tag -> request.header("If-None-Match", tag));
    try (Response response = http.newCall(request.build()).execute()) {
      int status = response.code();
      if (status == 304) {
        return Optional.empty();
      }
      String answer = read(response.body(), MAX_CATALOGUE_BYTES);
      if (!response.isSuccessful()) {
        throw failure(status, answer, retryAfter(response.header("Retry-After")));
      }
      try {
        JsonNode node = JSON.readTree(answer);
        if (node == null || !node.isObject()) {
          throw new DeliveryException(
              Kind.BAD_ACKNOWLEDGEMENT, "catalogue answer is not a JSON object", Optional.empty());
        }
        return Optional.of(new CatalogueAnswer(node, Optional.ofNullable(response.header("ETag"))));
      } catch (IOException e) {
        throw new DeliveryException(
            Kind.BAD_ACKNOWLEDGEMENT, "catalogue answer is not JSON", Optional.empty());
      }
    } catch (IOException e) {
      throw new DeliveryException(
          Kind.UNAVAILABLE, "no answer from " + base + ": " + e.getMessage(), Optional.empty());
    }
  }

  /** {@code GET /api/v1/catalogue}'s answer and the ETag that names it. */
  public record CatalogueAnswer(JsonNode body, Optional<String> etag) {}

  /** Request bytes sent so far (bodies only), for the drain benchmark. */
  public long bytesSent() {
    return bytesSent.get();
  }

  private JsonNode post(String path, byte[] body, String authorization) throws DeliveryException {
    Request.Builder request =
        new Request.Builder()
            .url(base.resolve("/" + path).toString())
            .post(RequestBody.create(body, JSON_TYPE));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    bytesSent.addAndGet(body.length);
    try (Response response = http.newCall(request.build()).execute()) {
      String answer = read(response.body(), MAX_ANSWER_BYTES);
      int status = response.code();
      if (response.isSuccessful()) {
        try {
          JsonNode node = JSON.readTree(answer);
          if (node == null || !node.isObject()) {
            throw new DeliveryException(
                Kind.BAD_ACKNOWLEDGEMENT,
                "HTTP " + status + " without a JSON object",
                Optional.empty());
          }
          return node;
        } catch (IOException e) {
          throw new DeliveryException(
              Kind.BAD_ACKNOWLEDGEMENT,
              "HTTP " + status + " with a malformed body",
              Optional.empty());
        }
      }
      throw failure(status, answer, retryAfter(response.header("Retry-After")));
    } catch (IOException e) {
      throw new DeliveryException(
          Kind.UNAVAILABLE, "no answer from " + base + ": " + e.getMessage(), Optional.empty());
    }
  }

  private static DeliveryException failure(
      int status, String answer, Optional<Duration> retryAfter) {
    String reason = status + " " + reason(answer);
    if (status == 401 || status == 403) {
      return new DeliveryException(Kind.UNAUTHORISED, reason, retryAfter);
    }
    if (status == 429 || status >= 500 || status == 408) {
      return new DeliveryException(Kind.UNAVAILABLE, reason, retryAfter);
    }
    if (status == 400 || status == 413) {
      return new DeliveryException(Kind.REFUSED, reason, retryAfter);
    }
    return new DeliveryException(Kind.REJECTED, reason, retryAfter);
  }

  private static String read(ResponseBody body, int limit) throws IOException {
    if (body == null) {
      return "";
    }
    return new String(body.byteStream().readNBytes(limit), StandardCharsets.UTF_8);
  }

  private static String reason(String answer) {
    try {
      JsonNode node = JSON.readTree(answer);
      if (node != null && node.hasNonNull("reason")) {
        return node.get("reason").asText();
      }
    } catch (IOException e) {
      // Not our error format (a proxy's HTML page, say): fall through to a short excerpt.
    }
    return answer.length() > 200 ? answer.substring(0, 200) : answer;
  }

  /** Parses {@code Retry-After}: delta seconds or an HTTP date. */
  Optional<Duration> retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.trim();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(clock.instant(), at.toInstant());
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** Aborts calls in flight, for a shutdown that cannot wait for a slow backend. */
  public void cancelAll() {
    http.dispatcher().cancelAll();
  }
}
