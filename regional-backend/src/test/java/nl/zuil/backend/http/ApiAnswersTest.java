package nl.zuil.backend.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TestRegion;
import nl.zuil.catalogue.KioskCopy;
import nl.zuil.regionapi.Problem;
import nl.zuil.regionapi.RegionApi;
import nl.zuil.testsupport.PreviousAgent;
import nl.zuil.testsupport.TestCertificate;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every answer of the backend carries, over real HTTPS: the security headers on everything
 * (API, pages, static files, errors), {@code API-Version} on every API answer, and every API
 * refusal as an RFC 9457 problem that agents of the previous release still read.
 */
class ApiAnswersTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");

  @TempDir static Path dir;
  static ApiUnderTest api;

  /** One answer as the test saw it. */
  record Seen(String what, int status, String contentType, Response headers, String body) {}

  @BeforeAll
  static void start() throws Exception {
    api = ApiUnderTest.start(TestDatabase.Kind.SQLITE, dir, TestCertificate.create(dir, "backend"));
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static Seen seen(String what, String path, UnaryOperator<Request.Builder> shape)
      throws IOException {
    try (Response response = api.send(path, shape)) {
      return new Seen(
          what,
          response.code(),
          response.header("Content-Type", ""),
          response,
          response.body().string());
    }
  }

  private static UnaryOperator<Request.Builder> post(String body, String credential) {
    return r -> {
      r.post(RequestBody.create(body, JSON_TYPE));
      return credential == null ? r : r.header("Authorization", "Bearer " + credential);
    };
  }

  private static UnaryOperator<Request.Builder> get(String credential) {
    return r -> credential == null ? r : r.header("Authorization", "Bearer " + credential);
  }

  /** Every path RegionApi names: the API's routes, whoever added them. */
  private static List<String> apiPaths() throws IllegalAccessException {
    TreeSet<String> paths = new TreeSet<>();
    for (Field field : RegionApi.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers())
          && field.get(null) instanceof String value
          && value.startsWith(RegionApi.BASE + "/")) {
        paths.add(value);
      }
    }
    assertThat(paths).contains(RegionApi.BUCKETS, RegionApi.OPENAPI_JSON);
    return List.copyOf(paths);
  }

  /** Every route with and without a credential, each way it can be refused, and each success. */
  private static List<Seen> everyKindOfApiAnswer() throws Exception {
    String kiosk = api.kiosk.credential();
    List<Seen> seen = new ArrayList<>();
    for (String path : apiPaths()) {
      seen.add(seen("GET " + path, path, get(null)));
      seen.add(seen("GET " + path + " as kiosk", path, get(kiosk)));
      seen.add(seen("POST {} " + path, path, post("{}", null)));
      seen.add(seen("POST {} " + path + " as kiosk", path, post("{}", kiosk)));
      seen.add(seen("POST null " + path + " as kiosk", path, post("null", kiosk)));
    }
    String code =
        api.backend
            .enrolment()
            .createCode(TestRegion.REGION, TestRegion.LOCATION, "zuil-2", Duration.ofHours(1))
            .code();
    String enrolment =
        PreviousAgent.body("enrolment-request.json").replace("7KQ4-M2XB-9TRD-HW3N-PA6E", code);
    seen.add(seen("enrolled", RegionApi.ENROLMENTS, post(enrolment, null)));
    seen.add(seen("enrolment code used twice", RegionApi.ENROLMENTS, post(enrolment, null)));
    seen.add(seen("stored", RegionApi.BUCKETS, post(GOOD_BATCH, kiosk)));
    seen.add(
        seen(
            "another kiosk's buckets",
            RegionApi.BUCKETS,
            post(GOOD_BATCH.replace("zuil-1", "zuil-9"), kiosk)));
    seen.add(
        seen(
            "referral without a partner",
            RegionApi.BUCKETS,
            post(PreviousAgent.body("bucket-batch.json"), kiosk)));
    seen.add(
        seen(
            "too large",
            RegionApi.BUCKETS,
            post("[" + " ".repeat((int) ServerSettings.DEFAULT_MAX_REQUEST_BYTES) + "]", kiosk)));
    seen.add(
        seen("health", RegionApi.HEALTH, post(PreviousAgent.body("health-report.json"), kiosk)));
    Seen catalogue = seen("catalogue", RegionApi.CATALOGUE, get(kiosk));
    seen.add(catalogue);
    String etag = catalogue.headers().header("ETag");
    seen.add(
        seen(
            "catalogue unchanged",
            RegionApi.CATALOGUE,
            r -> get(kiosk).apply(r).header("If-None-Match", etag)));
    seen.add(
        seen(
            "catalogue in this release's kiosk format",
            RegionApi.catalogueFor(KioskCopy.FORMAT),
            get(kiosk)));
    seen.add(seen("catalogue in no kiosk format", RegionApi.catalogueFor(0), get(kiosk)));
    seen.add(seen("clip not stored", RegionApi.catalogueClip("0".repeat(64)), get(kiosk)));
    seen.add(seen("clip by no hash", RegionApi.catalogueClip("welkom.wav"), get(kiosk)));
    seen.add(seen("no such API path", RegionApi.BASE + "/visitors", get(kiosk)));
    seen.add(
        seen("wrong method", RegionApi.BUCKETS, r -> r.put(RequestBody.create("{}", JSON_TYPE))));
    return seen;
  }

  private static final String GOOD_BATCH =
      "{\"locationCode\":\"hengelo-bibliotheek\",\"kioskCode\":\"zuil-1\",\"ledgerId\":\"5f3a9c\","
          + "\"buckets\":[{\"serviceDate\":\"2026-11-21\",\"hour\":14,\"question\":\"learning\","
          + "\"situation\":\"-\",\"outcome\":\"-\",\"partner\":\"-\",\"visits\":0,"
          + "\"confirmedReferrals\":0,\"waitTimes\":[0,0,0,0,0,0,0,0,0,0,0],"
          + "\"serviceTimes\":[0,0,0,0,0,0,0,0,0,0,0],\"revision\":42}]}";

  @Test
  void everyApiAnswerCarriesTheVersionAndEveryRefusalIsAProblem() throws Exception {
    List<Seen> answers = everyKindOfApiAnswer();

    assertThat(answers).extracting(Seen::status).contains(200, 201, 304, 400, 401, 403, 404, 413);
    for (Seen answer : answers) {
      assertThat(answer.headers().header(RegionApi.VERSION_HEADER))
          .as(answer.what())
          .isEqualTo(RegionApi.VERSION);
      assertSecurityHeaders(answer, "default-src 'none'; frame-ancestors 'none'");
      if (answer.status() >= 400) {
        assertThat(answer.contentType()).as(answer.what()).startsWith(Problem.MEDIA_TYPE);
        Problem problem = JSON.readValue(answer.body(), Problem.class);
        assertThat(problem.status()).as(answer.what()).isEqualTo(answer.status());
        assertThat(problem.type())
            .as(answer.what())
            .matches("urn:zuil:problem:[a-z_]+|about:blank");
        assertThat(problem.title()).as(answer.what()).isNotBlank();
        assertThat(problem.detail()).as(answer.what()).isNotBlank();
        assertThat(problem.code()).as(answer.what()).isNotBlank();
      }
    }
  }

  @Test
  void agentsOfThePreviousReleasesReadTheSameReasonAndCodeFromAProblem() throws Exception {
    List<Seen> refusals = everyKindOfApiAnswer().stream().filter(a -> a.status() >= 400).toList();

    assertThat(refusals).extracting(Seen::status).contains(400, 401, 403, 404, 413);
    for (Seen refusal : refusals) {
      Problem problem = JSON.readValue(refusal.body(), Problem.class);
      assertThat(PreviousAgentProblems.reasonByRelease010(refusal.body()))
          .as(refusal.what())
          .contains(problem.detail());
      assertThat(PreviousAgentProblems.errorByRegionApi100(refusal.body()))
          .as(refusal.what())
          .contains(new PreviousAgentProblems.ApiError(problem.code(), problem.detail()));
    }
  }

  @Test
  void pagesStaticFilesAndHealthzCarryTheSecurityHeadersToo() throws Exception {
    String staffPolicy = "script-src 'self'";
    assertSecurityHeaders(seen("login page", "/login", get(null)), staffPolicy);
    assertSecurityHeaders(seen("stylesheet", "/static/staff.css", get(null)), staffPolicy);
    assertSecurityHeaders(seen("no such page", "/nothing-here", get(null)), staffPolicy);
    Seen healthz = seen("healthz", "/healthz", get(null));
    assertSecurityHeaders(healthz, "default-src 'none'");
    assertThat(healthz.headers().header(RegionApi.VERSION_HEADER)).isNull();
  }

  @Test
  void theJsonDocumentIsTheYamlDocument() throws Exception {
    JsonNode yaml;
    try (InputStream in = RegionApi.class.getResourceAsStream(RegionApi.OPENAPI_RESOURCE)) {
      yaml = new ObjectMapper(new YAMLFactory()).readTree(in);
    }
    Seen json = seen("openapi.json", RegionApi.OPENAPI_JSON, get(null));

    assertThat(json.status()).isEqualTo(200);
    assertThat(json.contentType()).startsWith("application/json");
    assertThat(JSON.readTree(json.body())).isEqualTo(yaml);
    assertThat(yaml.path("info").path("version").asText()).isEqualTo(RegionApi.VERSION);
  }

  private static void assertSecurityHeaders(Seen answer, String policy) {
    assertThat(answer.headers().header("Content-Security-Policy"))
        .as(answer.what())
        .contains(policy, "frame-ancestors 'none'");
    assertThat(answer.headers().header("X-Content-Type-Options"))
        .as(answer.what())
        .isEqualTo("nosniff");
    assertThat(answer.headers().header("Referrer-Policy"))
        .as(answer.what())
        .isEqualTo("no-referrer");
    assertThat(answer.headers().header("Strict-Transport-Security"))
        .as(answer.what())
        .isEqualTo("max-age=31536000");
  }
}
