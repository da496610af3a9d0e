package nl.zuil.backend.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TestRegion;
import nl.zuil.backend.enrolment.EnrolledDevice;
import nl.zuil.backend.publish.Draft;
import nl.zuil.backend.publish.UploadRefused;
import nl.zuil.backend.region.RegionClips;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.CatalogueProblem;
import nl.zuil.catalogue.KioskCopy;
import nl.zuil.catalogue.ProblemKind;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.catalogue.recording.Clips;
import nl.zuil.regionapi.RegionApi;
import nl.zuil.testsupport.Sox;
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
        String path = RegionApi.catalogueFor(2);
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

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aClipIsStoredOnlyWithAnAcceptedUploadAndServedToTheRegionsKiosks(TestDatabase.Kind kind)
      throws Exception {
    byte[] clip = Files.readAllBytes(Sox.tone(dir.resolve("welkom.wav"), 2, 0.3, 22050));
    byte[] tooLong = Files.readAllBytes(Sox.tone(dir.resolve("lang.wav"), 12, 0.3, 22050));
    try (TestDatabase database = TestDatabase.open(kind, dir)) {
      Backend backend = Backend.over(database.database(), TestClock.at("2026-11-23T12:00"));
      TestRegion.seed(backend);
      EnrolledDevice kiosk = TestRegion.enrol(backend, "zuil-1");

      assertThatThrownBy(
              () ->
                  backend
                      .drafts()
                      .upload(
                          TestRegion.REGION,
                          "regio",
                          withRecording(Clips.sha256(tooLong)),
                          List.of(tooLong)))
          .isInstanceOfSatisfying(
              UploadRefused.class,
              e ->
                  assertThat(e.problems())
                      .extracting(CatalogueProblem::kind)
                      .containsExactly(ProblemKind.CLIP_TOO_LONG));
      Draft draft =
          backend
              .drafts()
              .upload(TestRegion.REGION, "regio", withRecording(Clips.sha256(clip)), List.of(clip));
      backend.drafts().publish(TestRegion.REGION, draft.digest());

      try (ApiServer server = start(backend)) {
        String auth = "Bearer " + kiosk.credential();
        try (Response served =
            new OkHttpClient()
                .newCall(request(server, auth, RegionApi.catalogueClip(Clips.sha256(clip))))
                .execute()) {
          assertThat(served.code()).isEqualTo(200);
          assertThat(served.header("Content-Type")).isEqualTo("audio/wav");
          assertThat(served.body().bytes()).isEqualTo(clip);
        }
        try (Response refused =
            new OkHttpClient()
                .newCall(request(server, auth, RegionApi.catalogueClip(Clips.sha256(tooLong))))
                .execute()) {
          assertThat(refused.code()).as("a refused upload stores no clip").isEqualTo(404);
          assertThat(refused.body().string()).contains("has no clip");
        }
      }
      assertThat(new RegionClips(database.database()).clip("twente", Clips.sha256(clip)))
          .as("a clip is the region's own")
          .isEmpty();
    }
  }

  private static String withRecording(String sha) {
    return CatalogueLoader.toJson(
        CatalogueLoader.loadDefault().withRecordings(Map.of("welcome.title", Map.of("nl", sha))));
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
