package nl.zuil.provisioning.region;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import nl.zuil.catalogue.KioskCopy;
import nl.zuil.kioskfiles.agent.Trust;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.provisioning.region.RegionException.Kind;
import nl.zuil.regionapi.AnswerJson;
import nl.zuil.regionapi.CatalogueAnswer;
import nl.zuil.regionapi.EnrolmentRequest;
import nl.zuil.regionapi.EnrolmentResponse;
import nl.zuil.regionapi.Problem;
import nl.zuil.regionapi.RegionApi;
import nl.zuil.regionclient.TlsTrust;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The region's backend as the tool uses it (API v1): enrolment, the current catalogue, and the
 * certificate the backend serves. Trusts exactly what the agent trusts: the pinned key or the CA
 * file of the agent's settings.
 */
public final class RegionClient implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper ANSWERS = AnswerJson.mapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");
  private static final int MAX_ANSWER_BYTES = 4 * 1024 * 1024;

  private final OkHttpClient http;
  private final URI base;

  private RegionClient(OkHttpClient http, URI base) {
    this.http = http;
    this.base = base;
  }

  public static RegionClient connect(URI base, Trust trust) throws IOException {
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .connectTimeout(10, TimeUnit.SECONDS)
            .readTimeout(30, TimeUnit.SECONDS)
            .callTimeout(60, TimeUnit.SECONDS)
            .retryOnConnectionFailure(false)
            .followRedirects(false);
    TlsTrust.apply(builder, trust);
    return new RegionClient(builder.build(), base);
  }

  /** Exchanges a one-time code for the kiosk's credential. Uses the code up, whatever follows. */
  public Enrolment enrol(String code) throws RegionException {
    byte[] body;
    try {
      body = JSON.writeValueAsBytes(new EnrolmentRequest(code));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an enrolment request", e);
    }
    EnrolmentResponse answer =
        call(
            new Request.Builder()
                .url(url(RegionApi.ENROLMENTS))
                .post(RequestBody.create(body, JSON_TYPE))
                .build(),
            EnrolmentResponse.class);
    return new Enrolment(
        required(answer.deviceId(), "deviceId"),
        required(answer.credential(), "credential"),
        required(answer.regionCode(), "regionCode"),
        required(answer.locationCode(), "locationCode"),
        required(answer.kioskCode(), "kioskCode"));
  }

  /** The region's current catalogue; also proves that the credential is accepted. */
  public PublishedCatalogue catalogue(Credential credential) throws RegionException {
    CatalogueAnswer answer =
        call(
            new Request.Builder()
                .url(url(RegionApi.catalogueFor(KioskCopy.FORMAT)))
                .header("Authorization", credential.authorization())
                .get()
                .build(),
            CatalogueAnswer.class);
    String region = required(answer.regionCode(), "regionCode");
    if (answer.catalogue() == null || !answer.catalogue().isObject()) {
      throw new RegionException(Kind.BAD_ANSWER, "the backend's catalogue answer has no catalogue");
    }
    Instant publishedAt;
    try {
      publishedAt = Instant.parse(required(answer.publishedAt(), "publishedAt"));
    } catch (DateTimeParseException e) {
      throw new RegionException(Kind.BAD_ANSWER, "the backend's publishedAt is not a time");
    }
    return new PublishedCatalogue(
        region, answer.version(), publishedAt, answer.catalogue().toString());
  }

  /**
   * The certificate the backend presents, for its dates; empty over plain HTTP or when the backend
   * cannot be reached.
   */
  public Optional<X509Certificate> servedCertificate() {
    return ServedCertificate.of(base);
  }

  private String url(String path) {
    return base.resolve(path).toString();
  }

  private <T> T call(Request request, Class<T> answerType) throws RegionException {
    try (Response response = http.newCall(request).execute()) {
      String text = read(response.body());
      int status = response.code();
      if (response.isSuccessful()) {
        return answer(text, status, answerType);
      }
      String reason = "HTTP " + status + ": " + reason(text);
      if (status == 401) {
        throw new RegionException(Kind.UNAUTHORISED, reason);
      }
      if (status == 429 || status >= 500) {
        throw new RegionException(Kind.UNREACHABLE, reason);
      }
      throw new RegionException(Kind.REFUSED, reason);
    } catch (SSLException e) {
      throw new RegionException(
          trustProblem(e) ? Kind.UNTRUSTED : Kind.UNREACHABLE, rootMessage(e));
    } catch (IOException e) {
      throw new RegionException(Kind.UNREACHABLE, "no answer from " + base + ": " + rootMessage(e));
    }
  }

  private static boolean trustProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CertificateException) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private static String read(ResponseBody body) throws IOException {
    if (body == null) {
      return "";
    }
    return new String(body.byteStream().readNBytes(MAX_ANSWER_BYTES), StandardCharsets.UTF_8);
  }

  /**
   * Reads a 2xx answer into its record: fields a newer backend adds are ignored, a missing or
   * mistyped one is a bad answer.
   */
  private static <T> T answer(String text, int status, Class<T> type) throws RegionException {
    try {
      T value = ANSWERS.readValue(text, type);
      if (value != null) {
        return value;
      }
    } catch (MismatchedInputException e) {
      throw new RegionException(
          Kind.BAD_ANSWER,
          "the backend's answer is not API v1's "
              + type.getSimpleName()
              + ": "
              + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      // falls through to the refusal below
    }
    throw new RegionException(
        Kind.BAD_ANSWER, "the backend answered HTTP " + status + " without a JSON object");
  }

  /**
   * The problem's detail, or the start of an answer that is no problem of ours (a proxy's page).
   */
  private static String reason(String answer) {
    return AnswerJson.problem(answer)
        .map(Problem::detail)
        .orElseGet(() -> answer.length() > 200 ? answer.substring(0, 200) : answer);
  }

  private static String required(String value, String field) throws RegionException {
    if (value == null || value.isBlank()) {
      throw new RegionException(Kind.BAD_ANSWER, "the backend's answer has no " + field);
    }
    return value;
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
