package nl.zuil.backend.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Optional;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TestRegion;
import nl.zuil.backend.enrolment.EnrolledDevice;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.KioskCopy;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.regionapi.RegionApi;
import nl.zuil.testsupport.TestClock;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code GET /api/v1/catalogue} on both databases: an enrolled kiosk gets its own region's newest
 * catalogue, as published; without a credential it gets nothing.
 */
class CatalogueApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void servesTheNewestCatalogueOfTheKiosksOwnRegionOnly(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase database = TestDatabase.open(kind, dir)) {
      Backend backend = Backend.over(database.database(), TestClock.at("2026-11-23T12:00"));
      TestRegion.seed(backend);
      Catalogue second = variant(TestRegion.REGION, 2);
      backend.regions().publish(second);
      backend.regions().publish(variant("twente", 7));
      EnrolledDevice kiosk = TestRegion.enrol(backend, "zuil-1");

      try (ApiServer server = start(backend)) {
        JsonNode answer = get(server, "Bearer " + kiosk.credential());

        assertThat(answer.get("regionCode").asText()).isEqualTo(TestRegion.REGION);
        assertThat(answer.get("version").asInt()).isEqualTo(2);
        assertThat(answer.get("publishedAt").asText()).startsWith("2026-11-23T");
        Catalogue served = CatalogueLoader.parse(answer.get("catalogue").toString(), "answer");
        // All of it but what only the backend reads (decision 0703).
        assertThat(second.questionTypes()).anyMatch(QuestionType::targetGroup);
        assertThat(answer.get("catalogue").toString()).doesNotContain("targetGroup");
        assertThat(served)
            .isEqualTo(
                CatalogueLoader.parse(
                    KioskCopy.of(CatalogueLoader.toJson(second), KioskCopy.FIRST_FORMAT).toString(),
                    "kiosk copy"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void anAgentOfThePreviousReleaseGetsTheCopyItsKioskReads(TestDatabase.Kind kind)
      throws Exception {
    try (TestDatabase database = TestDatabase.open(kind, dir)) {
      Backend backend = Backend.over(database.database(), TestClock.at("2026-11-23T12:00"));
      TestRegion.seed(backend);
      Catalogue second = variant(TestRegion.REGION, 2);
      backend.regions().publish(second);
      EnrolledDevice kiosk = TestRegion.enrol(backend, "zuil-1");

      try (ApiServer server = start(backend)) {
        // The previous release's agent asks without kioskFormat (decision 0307).
        Request previousAgent =
            request(server, "Bearer " + kiosk.credential(), RegionApi.CATALOGUE);
        try (Response response = new OkHttpClient().newCall(previousAgent).execute()) {
          assertThat(response.code()).isEqualTo(200);
          assertThat(response.header("ETag")).isEqualTo("\"" + TestRegion.REGION + "-2\"");
          JsonNode catalogue = JSON.readTree(response.body().string()).get("catalogue");

          assertThat(second.questionTypes()).anyMatch(q -> q.infoUrls() != null);
          // KioskCopyTest holds this copy to the fields the previous release's loader knows.
          assertThat(catalogue)
              .isEqualTo(KioskCopy.of(CatalogueLoader.toJson(second), KioskCopy.FIRST_FORMAT));
          assertThat(catalogue.toString()).doesNotContain("infoUrls").doesNotContain("targetGroup");
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void anAgentThatNamesItsKioskFormatGetsThePagesPerLanguageUnderItsOwnTag(TestDatabase.Kind kind)
      throws Exception {
    try (TestDatabase database = TestDatabase.open(kind, dir)) {
      Backend backend = Backend.over(database.database(), TestClock.at("2026-11-23T12:00"));
      TestRegion.seed(backend);
      EnrolledDevice kiosk = TestRegion.enrol(backend, "zuil-1");

      try (ApiServer server = start(backend)) {
        String path = RegionApi.catalogueFor(KioskCopy.FORMAT);
        String etag;
        try (Response response =
            new OkHttpClient()
                .newCall(request(server, "Bearer " + kiosk.credential(), path))
                .execute()) {
          etag = response.header("ETag");
          Catalogue served =
              CatalogueLoader.parse(
                  JSON.readTree(response.body().string()).get("catalogue").toString(), "answer");
          assertThat(served.questionType("find_work").orElseThrow().infoUrl("ar"))
              .isEqualTo("https://www.werkcentrum.example/ar/finding-work");
        }
        assertThat(etag).isEqualTo("\"" + TestRegion.REGION + "-1-k2\"");

        Request again =
            request(server, "Bearer " + kiosk.credential(), path)
                .newBuilder()
                .header("If-None-Match", etag)
                .build();
        try (Response unchanged = new OkHttpClient().newCall(again).execute()) {
          assertThat(unchanged.code()).isEqualTo(304);
        }
        // The previous format's tag names another document.
        Request previous =
            request(server, "Bearer " + kiosk.credential(), path)
                .newBuilder()
                .header("If-None-Match", "\"" + TestRegion.REGION + "-1\"")
                .build();
        try (Response other = new OkHttpClient().newCall(previous).execute()) {
          assertThat(other.code()).isEqualTo(200);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void refusesAKioskFormatThatIsNoWholeNumberOfAtLeastOne(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase database = TestDatabase.open(kind, dir)) {
      Backend backend = Backend.over(database.database(), TestClock.at("2026-11-23T12:00"));
      TestRegion.seed(backend);
      EnrolledDevice kiosk = TestRegion.enrol(backend, "zuil-1");

      try (ApiServer server = start(backend)) {
        for (String format : new String[] {"0", "two", "-1"}) {
          String path = RegionApi.CATALOGUE + "?" + RegionApi.CATALOGUE_KIOSK_FORMAT + "=" + format;
          try (Response response =
              new OkHttpClient()
                  .newCall(request(server, "Bearer " + kiosk.credential(), path))
                  .execute()) {
            assertThat(response.code()).as(format).isEqualTo(400);
            assertThat(JSON.readTree(response.body().string()).get("detail").asText())
                .contains("kioskFormat must be a whole number of at least 1");
          }
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void anUnchangedCatalogueCostsOnlyA304UntilANewVersionIsPublished(TestDatabase.Kind kind)
      throws Exception {
    try (TestDatabase database = TestDatabase.open(kind, dir)) {
      Backend backend = Backend.over(database.database(), TestClock.at("2026-11-23T12:00"));
      TestRegion.seed(backend);
      EnrolledDevice kiosk = TestRegion.enrol(backend, "zuil-1");

      try (ApiServer server = start(backend)) {
        String etag;
        try (Response first =
            new OkHttpClient().newCall(request(server, "Bearer " + kiosk.credential())).execute()) {
          etag = first.header("ETag");
        }
        assertThat(etag).isEqualTo("\"" + TestRegion.REGION + "-1\"");

        try (Response again = conditional(server, kiosk, etag)) {
          assertThat(again.code()).isEqualTo(304);
          assertThat(again.body().bytes()).isEmpty();
        }

        backend.regions().publish(variant(TestRegion.REGION, 2));
        try (Response changed = conditional(server, kiosk, etag)) {
          assertThat(changed.code()).isEqualTo(200);
          assertThat(changed.header("ETag")).isEqualTo("\"" + TestRegion.REGION + "-2\"");
          assertThat(JSON.readTree(changed.body().string()).get("version").asInt()).isEqualTo(2);
        }
      }
    }
  }

  private static Response conditional(ApiServer server, EnrolledDevice kiosk, String etag)
      throws Exception {
    return new OkHttpClient()
        .newCall(
            request(server, "Bearer " + kiosk.credential())
                .newBuilder()
                .header("If-None-Match", etag)
                .build())
        .execute();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void refusesARequestWithoutAValidCredential(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase database = TestDatabase.open(kind, dir)) {
      Backend backend = Backend.over(database.database(), TestClock.at("2026-11-23T12:00"));
      TestRegion.seed(backend);

      try (ApiServer server = start(backend)) {
        assertThat(status(server, null)).isEqualTo(401);
        assertThat(status(server, "Bearer zd1.nobody.secret")).isEqualTo(401);
      }
    }
  }

  private static Catalogue variant(String region, int version) throws Exception {
    String json =
        CatalogueLoader.defaultJson()
            .replace("\"code\": \"voorbeeldregio\"", "\"code\": \"" + region + "\"")
            .replace("\"version\": 1,", "\"version\": " + version + ",");
    Catalogue catalogue = CatalogueLoader.parse(json, "variant");
    assertThat(catalogue.version()).isEqualTo(version);
    assertThat(catalogue.region().code()).isEqualTo(region);
    return catalogue;
  }

  private static ApiServer start(Backend backend) {
    return ApiServer.start(
        backend,
        new ServerSettings(
            "127.0.0.1", 0, Optional.empty(), ServerSettings.DEFAULT_MAX_REQUEST_BYTES));
  }

  private static JsonNode get(ApiServer server, String authorization) throws Exception {
    try (Response response = new OkHttpClient().newCall(request(server, authorization)).execute()) {
      assertThat(response.code()).isEqualTo(200);
      return JSON.readTree(response.body().string());
    }
  }

  private static int status(ApiServer server, String authorization) throws Exception {
    try (Response response = new OkHttpClient().newCall(request(server, authorization)).execute()) {
      return response.code();
    }
  }

  private static Request request(ApiServer server, String authorization) {
    return request(server, authorization, RegionApi.CATALOGUE);
  }

  private static Request request(ApiServer server, String authorization, String path) {
    Request.Builder request = new Request.Builder().url("http://127.0.0.1:" + server.port() + path);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request.build();
  }
}
