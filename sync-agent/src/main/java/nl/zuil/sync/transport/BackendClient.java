package nl.zuil.sync.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import nl.zuil.catalogue.KioskCopy;
import nl.zuil.catalogue.recording.WavClip;
import nl.zuil.kioskfiles.agent.AgentSettings;
import nl.zuil.regionapi.AnswerJson;
import nl.zuil.regionapi.CatalogueAnswer;
import nl.zuil.regionapi.EnrolmentRequest;
import nl.zuil.regionapi.EnrolmentResponse;
import nl.zuil.regionapi.HealthReceipt;
import nl.zuil.regionapi.HealthReport;
import nl.zuil.regionapi.IngestReceipt;
import nl.zuil.regionapi.Problem;
import nl.zuil.regionapi.RegionApi;
import nl.zuil.regionapi.SlipCountBatch;
import nl.zuil.regionapi.SlipCountReceipt;
import nl.zuil.regionapi.SlipKey;
import nl.zuil.regionclient.TlsTrust;
import nl.zuil.sync.transport.DeliveryException.Kind;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Talks to the backend's API v1. Sends region-api's request records and reads a 2xx answer into its
 * record; everything else, an answer without the record's fields included, becomes a {@link
 * DeliveryException} saying whether to retry.
 */
public final class BackendClient implements AutoCloseable {

  private static final MediaType JSON_TYPE = MediaType.get("application/json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper ANSWERS = AnswerJson.mapper();
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

  /**
   * POST {@code /api/v1/buckets} with a {@link nl.zuil.regionapi.BucketBatch} already written (the
   * pusher writes it to know its size); the answer to check against what was sent.
   */
  public IngestReceipt sendBuckets(byte[] body, String authorization) throws DeliveryException {
    return post(RegionApi.BUCKETS, body, authorization, IngestReceipt.class);
  }

  public HealthReceipt sendHealth(HealthReport report, String authorization)
      throws DeliveryException {
    return post(RegionApi.HEALTH, write(report), authorization, HealthReceipt.class);
  }

  /** POST {@code /api/v1/referral-slips}: the ledger's referral slip counts (decision 1053). */
  public SlipCountReceipt sendSlipCounts(SlipCountBatch batch, String authorization)
      throws DeliveryException {
    return post(RegionApi.REFERRAL_SLIPS, write(batch), authorization, SlipCountReceipt.class);
  }

  /** GET {@code /api/v1/referral-key}: the key this kiosk's slips are signed with. */
  public SlipKey slipKey(String authorization) throws DeliveryException {
    Request request =
        new Request.Builder()
            .url(base.resolve(RegionApi.REFERRAL_KEY).toString())
            .header("Authorization", authorization)
            .get()
            .build();
    try (Response response = http.newCall(request).execute()) {
      String answer = read(response.body(), MAX_ANSWER_BYTES);
      if (!response.isSuccessful()) {
        throw failure(response.code(), answer, retryAfter(response.header("Retry-After")));
      }
      return read(answer, SlipKey.class, "slip key");
    } catch (IOException e) {
      throw new DeliveryException(
          Kind.UNAVAILABLE, "no answer from " + base + ": " + e.getMessage(), Optional.empty());
    }
  }

  public EnrolmentResponse enrol(String code) throws DeliveryException {
    return post(
        RegionApi.ENROLMENTS, write(new EnrolmentRequest(code)), null, EnrolmentResponse.class);
  }

  /**
   * The region's current catalogue answer, or empty when the backend says the one named by {@code
   * etag} is still current.
   */
  public Optional<FetchedCatalogue> catalogue(String authorization, Optional<String> etag)
      throws DeliveryException {
    Request.Builder request =
        new Request.Builder()
            .url(base.resolve(RegionApi.catalogueFor(KioskCopy.FORMAT)).toString())
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
      CatalogueAnswer catalogue = read(answer, CatalogueAnswer.class, "catalogue answer");
      return Optional.of(
          new FetchedCatalogue(catalogue, Optional.ofNullable(response.header("ETag"))));
    } catch (IOException e) {
      throw new DeliveryException(
          Kind.UNAVAILABLE, "no answer from " + base + ": " + e.getMessage(), Optional.empty());
    }
  }

  /**
   * {@code GET /api/v1/catalogue/clips/{sha256}}: one recorded clip of the region's catalogue, at
   * most one byte over the largest clip a kiosk accepts (which the clip check then refuses).
   */
  public byte[] clip(String authorization, String sha256) throws DeliveryException {
    Request request =
        new Request.Builder()
            .url(base.resolve(RegionApi.catalogueClip(sha256)).toString())
            .header("Authorization", authorization)
            .get()
            .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        String answer = read(response.body(), MAX_ANSWER_BYTES);
        throw failure(response.code(), answer, retryAfter(response.header("Retry-After")));
      }
      ResponseBody body = response.body();
      return body == null ? new byte[0] : body.byteStream().readNBytes(WavClip.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new DeliveryException(
          Kind.UNAVAILABLE, "no answer from " + base + ": " + e.getMessage(), Optional.empty());
    }
  }

  /** {@code GET /api/v1/catalogue}'s answer and the ETag that names it. */
  public record FetchedCatalogue(CatalogueAnswer answer, Optional<String> etag) {}

  /** Request bytes sent so far (bodies only), for the drain benchmark. */
  public long bytesSent() {
    return bytesSent.get();
  }

  private <T> T post(String path, byte[] body, String authorization, Class<T> answerType)
      throws DeliveryException {
    Request.Builder request =
        new Request.Builder()
            .url(base.resolve(path).toString())
            .post(RequestBody.create(body, JSON_TYPE));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    bytesSent.addAndGet(body.length);
    try (Response response = http.newCall(request.build()).execute()) {
      String answer = read(response.body(), MAX_ANSWER_BYTES);
      int status = response.code();
      if (response.isSuccessful()) {
        return read(answer, answerType, "HTTP " + status);
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

  /**
   * Reads an answer into its record. Fields a newer backend adds are ignored; a missing or mistyped
   * one is a bad answer, never a default.
   */
  private static <T> T read(String answer, Class<T> type, String what) throws DeliveryException {
    try {
      T value = ANSWERS.readValue(answer, type);
      if (value != null) {
        return value;
      }
    } catch (MismatchedInputException e) {
      String fields =
          Arrays.stream(type.getRecordComponents())
              .map(RecordComponent::getName)
              .collect(Collectors.joining(", "));
      throw new DeliveryException(
          Kind.BAD_ACKNOWLEDGEMENT,
          what
              + " is not API v1's "
              + type.getSimpleName()
              + " (no "
              + fields
              + " of the right types): "
              + e.getOriginalMessage(),
          Optional.empty());
    } catch (JsonProcessingException e) {
      throw new DeliveryException(
          Kind.BAD_ACKNOWLEDGEMENT, what + " is not JSON", Optional.empty());
    }
    throw new DeliveryException(
        Kind.BAD_ACKNOWLEDGEMENT, what + " without a JSON object", Optional.empty());
  }

  private static byte[] write(Object request) {
    try {
      return JSON.writeValueAsBytes(request);
    } catch (JsonProcessingException e) {
      // Records of strings and numbers always serialise; this would be a bug in the records.
      throw new IllegalStateException("cannot write " + request.getClass().getSimpleName(), e);
    }
  }

  private static String read(ResponseBody body, int limit) throws IOException {
    if (body == null) {
      return "";
    }
    return new String(body.byteStream().readNBytes(limit), StandardCharsets.UTF_8);
  }

  /**
   * The problem's detail, or the start of an answer that is no problem of ours (a proxy's page).
   */
  private static String reason(String answer) {
    return AnswerJson.problem(answer)
        .map(Problem::detail)
        .orElseGet(() -> answer.length() > 200 ? answer.substring(0, 200) : answer);
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
