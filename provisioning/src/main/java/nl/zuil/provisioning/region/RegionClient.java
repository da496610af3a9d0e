package nl.zuil.provisioning.region;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import nl.zuil.kioskfiles.agent.Trust;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.provisioning.region.RegionException.Kind;
import nl.zuil.sync.transport.TlsTrust;
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
    byte[] body =
        JSON.createObjectNode()
            .put("enrolmentCode", code)
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    JsonNode answer =
        call(
            new Request.Builder()
                .url(url("api/v1/enrolments"))
                .post(RequestBody.create(body, JSON_TYPE))
                .build());
    String deviceId = required(answer, "deviceId");
    String secret = required(answer, "credential");
    String region = required(answer, "regionCode");
    String location = required(answer, "locationCode");
    String kiosk = required(answer, "kioskCode");
    return new Enrolment(deviceId, secret, region, location, kiosk);
  }

  /** The region's current catalogue; also proves that the credential is accepted. */
  public PublishedCatalogue catalogue(Credential credential) throws RegionException {
    JsonNode answer =
        call(
            new Request.Builder()
                .url(url("api/v1/catalogue"))
                .header("Authorization", credential.authorization())
                .get()
                .build());
    String region = required(answer, "regionCode");
    JsonNode version = answer.get("version");
    JsonNode catalogue = answer.get("catalogue");
    if (version == null
        || !version.canConvertToInt()
        || catalogue == null
        || !catalogue.isObject()) {
      throw new RegionException(
          Kind.BAD_ANSWER, "the backend's catalogue answer has no version or no catalogue");
    }
    Instant publishedAt;
    try {
      publishedAt = Instant.parse(required(answer, "publishedAt"));
    } catch (DateTimeParseException e) {
      throw new RegionException(Kind.BAD_ANSWER, "the backend's publishedAt is not a time");
    }
    return new PublishedCatalogue(region, version.intValue(), publishedAt, catalogue.toString());
  }

  /**
   * The certificate the backend presents, for its dates; empty over plain HTTP or when the backend
   * cannot be reached.
   */
  public Optional<X509Certificate> servedCertificate() {
    return ServedCertificate.of(base);
  }

  private String url(String path) {
    return base.resolve("/" + path).toString();
  }

  private JsonNode call(Request request) throws RegionException {
    try (Response response = http.newCall(request).execute()) {
      String text = read(response.body());
      int status = response.code();
      if (response.isSuccessful()) {
        try {
          JsonNode node = JSON.readTree(text);
          if (node != null && node.isObject()) {
            return node;
          }
        } catch (IOException e) {
          // falls through to the refusal below
        }
        throw new RegionException(
            Kind.BAD_ANSWER, "the backend answered HTTP " + status + " without a JSON object");
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

  private static String reason(String answer) {
    try {
      JsonNode node = JSON.readTree(answer);
      if (node != null && node.hasNonNull("reason")) {
        return node.get("reason").asText();
      }
    } catch (IOException e) {
      // Not the backend's error format (a proxy's page): show the start of it instead.
    }
    return answer.length() > 200 ? answer.substring(0, 200) : answer;
  }

  private static String required(JsonNode answer, String field) throws RegionException {
    JsonNode value = answer.get(field);
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw new RegionException(Kind.BAD_ANSWER, "the backend's answer has no " + field);
    }
    return value.textValue();
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
