package nl.zuil.backend.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TestRegion;
import nl.zuil.backend.enrolment.EnrolledDevice;
import nl.zuil.backend.health.LastStart;
import nl.zuil.backend.health.LedgerDisk;
import nl.zuil.backend.ingest.BucketCounts;
import nl.zuil.backend.ingest.RatingCounts;
import nl.zuil.backend.stats.Cube;
import nl.zuil.backend.stats.Period;
import nl.zuil.backend.stats.StatsQuery;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.regionapi.RegionApi;
import nl.zuil.testsupport.PreviousAgent;
import nl.zuil.testsupport.TestCertificate;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest API over real HTTPS on loopback, against a real database. Subclasses pick SQLite or
 * PostgreSQL: both must behave the same.
 */
abstract class IngestApiContract {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");

  @TempDir static Path certificates;
  private static TestCertificate certificate;

  @TempDir Path dir;
  private ApiUnderTest api;
  private Backend backend;
  private EnrolledDevice kiosk;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  static void makeCertificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @BeforeEach
  void start() throws Exception {
    api = ApiUnderTest.start(kind(), dir, certificate);
    backend = api.backend;
    kiosk = api.kiosk;
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aHigherRevisionReplacesABucketAndALowerOrEqualOneChangesNothing() throws IOException {
    assertThat(post(batch(bucket("2026-11-20", 5, 3)))).extracting(Answer::status).isEqualTo(200);
    Answer stale = post(batch(bucket("2026-11-20", 4, 9)));
    Answer newer = post(batch(bucket("2026-11-20", 7, 1)));
    Answer duplicate = post(batch(bucket("2026-11-20", 7, 1)));

    assertThat(stale.body().get("applied").intValue()).isZero();
    assertThat(newer.body().get("applied").intValue()).isEqualTo(1);
    assertThat(duplicate.body().get("applied").intValue()).isZero();
    assertThat(duplicate.body().get("acknowledgedRevision").longValue()).isEqualTo(7);
    List<BucketCounts> stored = stored();
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).visits()).isEqualTo(1);
    assertThat(stored.get(0).revision()).isEqualTo(7);
  }

  @Test
  void aKiosksNewLedgerAddsToWhatItsOldLedgerDelivered() throws IOException {
    post(batchOfLedger("5f3a9c", bucket("2026-11-20", 40, 3)));

    Answer fromNewLedger = post(batchOfLedger("e71b04", bucket("2026-11-20", 1, 2)));

    assertThat(fromNewLedger.body().get("applied").intValue()).isEqualTo(1);
    assertThat(stored()).singleElement().extracting(BucketCounts::visits).isEqualTo(5);
  }

  @Test
  void refusesABatchThatDoesNotSayWhichLedgerItCountsIn() throws IOException {
    String withoutLedger =
        batch(bucket("2026-11-20", 1, 1)).replace("\"ledgerId\":\"5f3a9c\",", "");
    String badLedger = batch(bucket("2026-11-20", 1, 1)).replace("5f3a9c", "Ledger of Jan");

    assertThat(post(withoutLedger).status()).isEqualTo(400);
    assertThat(post(badLedger).body().get("reason").asText()).contains("ledgerId");
    assertThat(stored()).isEmpty();
  }

  @Test
  void aBucketDownToZeroVisitsIsStoredAsZero() throws IOException {
    post(batch(bucket("2026-11-20", 1, 2)));
    post(batch(bucket("2026-11-20", 2, 0).replace("\"waitTimes\":[1,", "\"waitTimes\":[0,")));

    assertThat(stored()).singleElement().extracting(BucketCounts::visits).isEqualTo(0);
  }

  @Test
  void aCorrectedOutcomeIsCountedOnceAndMoreCorrectionsThanVisitsAreRefused() throws IOException {
    String corrected = bucket("2026-11-20", 3, 2).replace("}", ",\"corrections\":1}");
    String tooMany = bucket("2026-11-21", 4, 2).replace("}", ",\"corrections\":3}");

    assertThat(post(batch(corrected)).status()).isEqualTo(200);
    Answer refused = post(batch(tooMany));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("reason").asText())
        .contains("buckets[0].corrections must be 0 to visits (2)");
    assertThat(stored())
        .singleElement()
        .extracting(BucketCounts::visits, BucketCounts::corrections)
        .containsExactly(2, 1);
  }

  @Test
  void aBucketCountsItsQuestionsBesideItsVisits() throws IOException {
    String twoQuestions = bucket("2026-11-20", 3, 1).replace("}", ",\"questions\":2}");
    String furtherOnly =
        bucket("2026-11-20", 4, 0)
            .replace("find_work", "money_debt")
            .replace("\"waitTimes\":[1,", "\"waitTimes\":[0,")
            .replace("}", ",\"questions\":1}");

    Answer answer = post(batch(twoQuestions, furtherOnly));

    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    assertThat(stored())
        .extracting(BucketCounts::question, BucketCounts::visits, BucketCounts::questions)
        .containsExactly(tuple("find_work", 1, 2), tuple("money_debt", 0, 1));
  }

  @Test
  void refusesFewerQuestionsThanVisitsAndStoresNothing() throws IOException {
    Answer answer = post(batch(bucket("2026-11-20", 3, 2).replace("}", ",\"questions\":1}")));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().get("reason").asText()).contains("questions");
    assertThat(stored()).isEmpty();
  }

  @Test
  void refusesInvalidBatchesWithAReasonAndStoresNothing() throws IOException {
    String good = bucket("2026-11-20", 3, 2);
    String[][] cases = {
      {
        good.replace("\"hour\":9", "\"hour\":9,\"name\":\"Jan\""), "unknown field 'buckets[1].name'"
      },
      {good.replace("\"visits\":2", "\"visits\":-2"), "visits must not be negative"},
      {good.replace("2026-11-20", "2026-11-26"), "is in the future"},
      {good.replace("find_work", "bitcoin"), "'bitcoin' is not in the region's catalogue"},
      {good.replace("\"partner\":\"-\"", "\"partner\":\"acme\""), "'acme' is not in"},
      {good.replace("[1,0,0,0,0,0,0,0,0,0,0]", "[1,0]"), "must hold 11 counts"},
      {good.replace("\"hour\":9,", ""), "'buckets[1].hour' is missing"},
      {good.replace("\"visits\":2", "\"visits\":\"2\""), "'buckets[1].visits'"},
      {good, "repeats the key"}
    };
    for (String[] c : cases) {
      Answer answer = post(batch(bucket("2026-11-21", 1, 1), c[0], good));
      assertThat(answer.status()).as(c[1]).isEqualTo(400);
      assertThat(answer.body().get("reason").asText()).as(c[1]).contains(c[1]);
    }
    assertThat(stored()).isEmpty();
  }

  @Test
  void storesTheTapsOnHoeWasHetAndRefusesMoreTapsThanVisits() throws IOException {
    String rated =
        bucket("2026-11-20", 3, 4).replace("}", ",\"ratings\":{\"good\":2,\"ok\":1,\"bad\":0}}");
    String[][] refused = {
      {rated.replace("\"good\":2", "\"good\":4"), "counts 5 taps, more than visits (4)"},
      {rated.replace("\"bad\":0", "\"bad\":-1"), "must be counts of 0 or more"},
      {rated.replace("\"bad\":0", "\"bad\":0,\"text\":\"fijn\""), "unknown field"},
      {rated.replace(",\"bad\":0", ""), "'buckets[0].ratings.bad' is missing"}
    };
    for (String[] c : refused) {
      Answer answer = post(batch(c[0]));
      assertThat(answer.status()).as(c[1]).isEqualTo(400);
      assertThat(answer.body().get("reason").asText()).as(c[1]).contains(c[1]);
    }
    assertThat(stored()).isEmpty();

    assertThat(post(batch(rated)).status()).isEqualTo(200);
    assertThat(stored())
        .singleElement()
        .extracting(BucketCounts::ratings)
        .isEqualTo(new RatingCounts(2, 1, 0));
  }

  @Test
  void aKioskCannotWriteAnotherKiosksBuckets() throws IOException {
    String body = batch(bucket("2026-11-20", 1, 1)).replace("\"zuil-1\"", "\"zuil-2\"");

    Answer answer = post(body);

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.body().get("error").asText()).isEqualTo("not_your_kiosk");
    assertThat(stored()).isEmpty();
  }

  @Test
  void refusesMissingWrongAndRevokedCredentials() throws IOException {
    String body = batch(bucket("2026-11-20", 1, 1));
    assertThat(post(body, null).status()).isEqualTo(401);
    assertThat(post(body, kiosk.credential() + "x").status()).isEqualTo(401);
    assertThat(post(body, "zd1.nobody.secret").status()).isEqualTo(401);

    EnrolledDevice replacement = TestRegion.enrol(backend, "zuil-1");

    assertThat(post(body, kiosk.credential()).status()).isEqualTo(401);
    assertThat(post(body, replacement.credential()).status()).isEqualTo(200);
  }

  @Test
  void refusesABodyOverTheLimitBeforeReadingIt() throws IOException {
    StringBuilder padding = new StringBuilder();
    while (padding.length() < ServerSettings.DEFAULT_MAX_REQUEST_BYTES) {
      padding.append(bucket("2026-11-20", 1, 1)).append(',');
    }
    Answer answer = post(batch(padding + bucket("2026-11-20", 1, 1)));

    assertThat(answer.status()).isEqualTo(413);
    assertThat(stored()).isEmpty();
  }

  @Test
  void storesTheKiosksHealthWithItsClockOffset() throws IOException {
    String report =
        """
        {"locationCode":"hengelo-bibliotheek","kioskCode":"zuil-1","appVersion":"0.1.0",
         "reportedAt":"2026-11-23T11:03:00Z",
         "printer":{"online":true,"coverOpen":false,"paperOut":false,"paperNearEnd":true,
                    "cutterError":false,"checkedAt":"2026-11-23T11:02:00Z"},
         "ledger":{"fileBytes":4096,"storedVisits":12,"lastVisitAt":null,"latestRevision":40},
         "acknowledgedRevision":38,"setAsideBuckets":2}
        """;

    Answer answer = post(RegionApi.HEALTH, report, kiosk.credential());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(backend.healthStore().region(TestRegion.REGION))
        .singleElement()
        .satisfies(
            health -> {
              assertThat(health.clockOffsetMillis()).isEqualTo(180_000);
              assertThat(health.printerPaperNearEnd()).isTrue();
              assertThat(health.pendingRevisions()).isEqualTo(2);
              assertThat(health.lastVisitAt()).isEmpty();
              assertThat(health.setAsideBuckets()).isEqualTo(2);
            });
  }

  private static final String REPORT_WITH_START =
      """
      {"locationCode":"hengelo-bibliotheek","kioskCode":"zuil-1","appVersion":"0.1.0",
       "reportedAt":"2026-11-23T11:03:00Z","printer":null,
       "ledger":{"fileBytes":4096,"storedVisits":12,"lastVisitAt":null,"latestRevision":40},
       "acknowledgedRevision":38,"setAsideBuckets":0,
       "kioskStart":{"version":"0.1.0~20261123T020000+update1","state":"STATE",
                     "startedAt":"2026-11-23T03:05:00Z","stateAt":"2026-11-23T03:05:09Z",
                     "catalogueVersion":CATALOGUE,"catalogueSince":SINCE}}
      """;

  @Test
  void storesTheKiosksLastStartAndTheCatalogueItShows() throws IOException {
    Answer shown =
        post(
            RegionApi.HEALTH,
            REPORT_WITH_START
                .replace("STATE", "shown")
                .replace("CATALOGUE", "3")
                .replace("SINCE", "\"2026-11-23T03:05:09Z\""),
            kiosk.credential());

    assertThat(shown.status()).as(shown.body().toString()).isEqualTo(200);
    LastStart start =
        backend.healthStore().region(TestRegion.REGION).get(0).lastStart().orElseThrow();
    assertThat(start.kioskVersion()).isEqualTo("0.1.0~20261123T020000+update1");
    assertThat(start.state()).isEqualTo(LastStart.SHOWN);
    assertThat(start.startedAt()).isEqualTo(Instant.parse("2026-11-23T03:05:00Z"));
    assertThat(start.stateAt()).isEqualTo(Instant.parse("2026-11-23T03:05:09Z"));
    assertThat(start.catalogueVersion()).contains(3);
    assertThat(start.catalogueSince()).contains(Instant.parse("2026-11-23T03:05:09Z"));

    Answer failed =
        post(
            RegionApi.HEALTH,
            REPORT_WITH_START
                .replace("STATE", "failed")
                .replace("CATALOGUE", "null")
                .replace("SINCE", "null"),
            kiosk.credential());

    assertThat(failed.status()).as(failed.body().toString()).isEqualTo(200);
    LastStart failedStart =
        backend.healthStore().region(TestRegion.REGION).get(0).lastStart().orElseThrow();
    assertThat(failedStart.state()).isEqualTo(LastStart.FAILED);
    assertThat(failedStart.catalogueVersion()).isEmpty();
    assertThat(failedStart.catalogueSince()).isEmpty();
  }

  @Test
  void refusesALastStartItCannotShowAndKeepsTheOneBefore() throws IOException {
    String good =
        REPORT_WITH_START
            .replace("STATE", "shown")
            .replace("CATALOGUE", "3")
            .replace("SINCE", "\"2026-11-23T03:05:09Z\"");
    assertThat(post(RegionApi.HEALTH, good, kiosk.credential()).status()).isEqualTo(200);

    for (String bad :
        List.of(
            good.replace("\"shown\"", "\"crashed\""),
            good.replace("0.1.0~20261123T020000+update1", "version one"),
            good.replace("\"catalogueVersion\":3", "\"catalogueVersion\":0"),
            good.replace("\"catalogueSince\":\"2026-11-23T03:05:09Z\"", "\"catalogueSince\":null"),
            good.replace(
                "\"startedAt\":\"2026-11-23T03:05:00Z\"",
                "\"startedAt\":\"9999-01-01T00:00:00Z\""))) {
      Answer answer =
          post(
              RegionApi.HEALTH,
              bad.replace("\"setAsideBuckets\":0", "\"setAsideBuckets\":5"),
              kiosk.credential());
      assertThat(answer.status()).as(bad).isEqualTo(400);
    }
    assertThat(backend.healthStore().region(TestRegion.REGION))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.setAsideBuckets()).as("nothing of a refused report").isZero();
              assertThat(h.lastStart().orElseThrow().catalogueVersion()).contains(3);
            });
  }

  private static final String REPORT_WITH_DISK =
      """
      {"locationCode":"hengelo-bibliotheek","kioskCode":"zuil-1","appVersion":"0.1.0",
       "reportedAt":"2026-11-23T11:03:00Z","printer":null,
       "ledger":{"fileBytes":4096,"storedVisits":12,"lastVisitAt":null,"latestRevision":40},
       "acknowledgedRevision":38,"setAsideBuckets":0,"kioskStart":null,
       "disk":{"checkedAt":"2026-11-23T11:02:30Z","freeBytes":1200000,"lowOnSpace":true,
               "writeFailures":4,"lastWriteFailureAt":"2026-11-23T10:40:00Z","heldVisits":3}}
      """;

  @Test
  void storesTheDiskUnderTheKiosksLedger() throws IOException {
    Answer answer = post(RegionApi.HEALTH, REPORT_WITH_DISK, kiosk.credential());

    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    LedgerDisk disk = backend.healthStore().region(TestRegion.REGION).get(0).disk().orElseThrow();
    assertThat(disk.checkedAt()).isEqualTo(Instant.parse("2026-11-23T11:02:30Z"));
    assertThat(disk.freeBytes()).isEqualTo(1_200_000);
    assertThat(disk.lowOnSpace()).isTrue();
    assertThat(disk.writeFailures()).isEqualTo(4);
    assertThat(disk.lastWriteFailureAt()).contains(Instant.parse("2026-11-23T10:40:00Z"));
    assertThat(disk.heldVisits()).isEqualTo(3);
    assertThat(disk.refusesWrites(Instant.parse("2026-11-23T11:03:00Z"))).isTrue();

    Answer recovered =
        post(
            RegionApi.HEALTH,
            REPORT_WITH_DISK
                .replace("\"heldVisits\":3", "\"heldVisits\":0")
                .replace("\"freeBytes\":1200000", "\"freeBytes\":9000000000")
                .replace("\"lowOnSpace\":true", "\"lowOnSpace\":false"),
            kiosk.credential());

    assertThat(recovered.status()).as(recovered.body().toString()).isEqualTo(200);
    LedgerDisk after = backend.healthStore().region(TestRegion.REGION).get(0).disk().orElseThrow();
    assertThat(after.freeBytes()).isEqualTo(9_000_000_000L);
    assertThat(after.heldVisits()).isZero();
    assertThat(after.refusesWrites(Instant.parse("2026-11-23T11:03:00Z")))
        .as("the refused write at 10:40 is still within the hour")
        .isTrue();
    assertThat(after.refusesWrites(Instant.parse("2026-11-23T12:03:00Z"))).isFalse();
  }

  @Test
  void refusesADiskItCannotShowAndKeepsTheOneBefore() throws IOException {
    assertThat(post(RegionApi.HEALTH, REPORT_WITH_DISK, kiosk.credential()).status())
        .isEqualTo(200);

    for (String bad :
        List.of(
            REPORT_WITH_DISK.replace("\"freeBytes\":1200000", "\"freeBytes\":-1"),
            REPORT_WITH_DISK.replace("\"heldVisits\":3", "\"heldVisits\":-2"),
            REPORT_WITH_DISK.replace("\"writeFailures\":4", "\"writeFailures\":0"),
            REPORT_WITH_DISK.replace("\"lowOnSpace\":true", "\"lowOnSpace\":\"yes\""),
            REPORT_WITH_DISK.replace("2026-11-23T11:02:30Z", "9999-01-01T00:00:00Z"),
            REPORT_WITH_DISK.replace(",\"heldVisits\":3", ""))) {
      Answer answer =
          post(
              RegionApi.HEALTH,
              bad.replace("\"setAsideBuckets\":0", "\"setAsideBuckets\":5"),
              kiosk.credential());
      assertThat(answer.status()).as(bad).isEqualTo(400);
    }
    assertThat(backend.healthStore().region(TestRegion.REGION))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.setAsideBuckets()).as("nothing of a refused report").isZero();
              assertThat(h.disk().orElseThrow().heldVisits()).isEqualTo(3);
            });
  }

  @Test
  void acceptsCodesOfAnEarlierCatalogueVersionOfTheRegion() throws Exception {
    ObjectNode catalogue = (ObjectNode) JSON.readTree(CatalogueLoader.defaultJson());
    catalogue.put("version", 2);
    ArrayNode questions = (ArrayNode) catalogue.get("questionTypes");
    for (int i = questions.size() - 1; i >= 0; i--) {
      if (questions.get(i).get("code").asText().equals("money_debt")) {
        questions.remove(i);
      }
    }
    // The sociale kaart may not name a question the catalogue no longer has.
    for (JsonNode partner : catalogue.get("partners")) {
      if (partner.has("takes")) {
        ArrayNode taken = (ArrayNode) partner.get("takes").get("questionTypes");
        for (int i = taken.size() - 1; i >= 0; i--) {
          if (taken.get(i).asText().equals("money_debt")) {
            taken.remove(i);
          }
        }
        if (taken.isEmpty()) {
          ((ObjectNode) partner).remove("takes");
        }
      }
    }
    backend.regions().publish(CatalogueLoader.parse(catalogue.toString(), "version 2"));

    Answer answer = post(batch(bucket("2026-11-20", 1, 1).replace("find_work", "money_debt")));

    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void enrolsOverHttpsOnceAndRefusesTheSameCodeAgain() throws IOException {
    String code =
        backend
            .enrolment()
            .createCode(TestRegion.REGION, TestRegion.LOCATION, "zuil-2", Duration.ofHours(1))
            .code();
    String body = "{\"enrolmentCode\":\"" + code + "\"}";

    Answer first = post(RegionApi.ENROLMENTS, body, null);
    Answer second = post(RegionApi.ENROLMENTS, body, null);

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.body().get("kioskCode").asText()).isEqualTo("zuil-2");
    assertThat(first.body().get("credential").asText()).startsWith("zd1.");
    assertThat(second.status()).isEqualTo(403);
    assertThat(second.body().get("error").asText()).isEqualTo("enrolment_refused");
  }

  /**
   * Kiosks update one by one: the bodies the previous release's agent sent, byte for byte, must
   * still be taken and stored as they were.
   */
  @Test
  void theBackendAcceptsWhatThePreviousAgentSends() throws Exception {
    // The captured batch holds a referral without a partner: a kiosk counts that only under a
    // catalogue whose referral outcome takes a partner optionally, so the region had one.
    publishVersion2WithReferralPartnerOptional();
    // Literal paths: the ones the previous agent calls, whatever RegionApi says now.
    Answer batch =
        post("/api/v1/buckets", PreviousAgent.body("bucket-batch.json"), kiosk.credential());
    Answer newKiosk =
        post(
            "/api/v1/health",
            PreviousAgent.body("health-report-new-kiosk.json"),
            kiosk.credential());
    Answer health =
        post("/api/v1/health", PreviousAgent.body("health-report.json"), kiosk.credential());
    String code =
        backend
            .enrolment()
            .createCode(TestRegion.REGION, TestRegion.LOCATION, "zuil-2", Duration.ofHours(1))
            .code();
    Answer enrolment =
        post(
            "/api/v1/enrolments",
            PreviousAgent.body("enrolment-request.json").replace("7KQ4-M2XB-9TRD-HW3N-PA6E", code),
            null);

    assertThat(batch.status()).as(batch.body().toString()).isEqualTo(200);
    assertThat(batch.body().get("acknowledgedRevision").longValue()).isEqualTo(42);
    assertThat(batch.body().get("buckets").intValue()).isEqualTo(2);
    assertThat(stored())
        .extracting(BucketCounts::question, BucketCounts::visits, BucketCounts::revision)
        .containsExactly(tuple("find_work", 3, 41L), tuple("learning", 0, 42L));
    assertThat(stored().get(0).waitTimes()).containsExactly(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1);
    assertThat(stored())
        .as("its console could not correct an outcome")
        .extracting(BucketCounts::corrections)
        .containsOnly(0);
    assertThat(stored())
        .as("the previous agent counted one question per visit")
        .extracting(BucketCounts::questions)
        .containsExactly(3, 0);
    assertThat(newKiosk.status()).as(newKiosk.body().toString()).isEqualTo(200);
    assertThat(health.status()).as(health.body().toString()).isEqualTo(200);
    assertThat(health.body().get("clockOffsetMillis").longValue())
        .isEqualTo(-(2 * 24 + 18) * 3_600_000L);
    assertThat(backend.healthStore().region(TestRegion.REGION))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.appVersion()).isEqualTo("0.1.0-SNAPSHOT");
              assertThat(h.printerPaperNearEnd()).isTrue();
              assertThat(h.storedVisits()).isEqualTo(1);
              assertThat(h.lastVisitAt()).isPresent();
              assertThat(h.lastStart()).as("the previous agent reports no start").isEmpty();
              assertThat(h.disk()).as("the previous agent reports no disk").isEmpty();
            });
    assertThat(enrolment.status()).as(enrolment.body().toString()).isEqualTo(201);
    assertThat(enrolment.body().get("kioskCode").asText()).isEqualTo("zuil-2");
  }

  @Test
  void aPhoneCallCountsAsAContactNotAVisit() throws IOException {
    Answer answer =
        post(
            batch(
                bucket("2026-11-20", 5, 3),
                contact(bucket("2026-11-20", 6, 2), "phone", 2),
                contact(bucket("2026-11-20", 7, 1), "group", 14)));

    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    assertThat(answer.body().get("applied").intValue()).isEqualTo(3);
    assertThat(stored()).singleElement().extracting(BucketCounts::visits).isEqualTo(3);
    Cube cube = november20();
    assertThat(cube.byLocationAndDay())
        .singleElement()
        .extracting(Cube.DayCount::visits)
        .isEqualTo(3L);
    assertThat(cube.contactsByLocationAndChannel())
        .containsExactlyInAnyOrder(
            new Cube.ChannelCount(TestRegion.LOCATION, "phone", 2, 2),
            new Cube.ChannelCount(TestRegion.LOCATION, "group", 1, 14));
  }

  @Test
  void aContactBucketIsReplacedByAHigherRevisionOnlyAndTheKioskBucketStaysApart()
      throws IOException {
    post(batch(bucket("2026-11-20", 5, 3), contact(bucket("2026-11-20", 6, 2), "phone", 2)));
    post(batch(contact(bucket("2026-11-20", 4, 9), "phone", 9)));
    post(batch(contact(bucket("2026-11-20", 8, 4), "phone", 4)));
    // The previous release's agent sends no channel: its bucket is the kiosk's.
    post(batch(bucket("2026-11-20", 9, 5)));

    Cube cube = november20();
    assertThat(cube.contactsByLocationAndChannel())
        .containsExactly(new Cube.ChannelCount(TestRegion.LOCATION, "phone", 4, 4));
    assertThat(stored()).singleElement().extracting(BucketCounts::visits).isEqualTo(5);
  }

  @Test
  void refusesContactsThatCannotBeAndStoresNothing() throws IOException {
    List<String> wrong =
        List.of(
            contact(bucket("2026-11-20", 6, 2), "fax", 2),
            contact(bucket("2026-11-20", 6, 2), "phone", 3),
            contact(bucket("2026-11-20", 6, 1), "group", 100),
            contact(bucket("2026-11-20", 6, 1), "kiosk", 2),
            // A contact has no waiting time; this one's waitTimes count one.
            bucket("2026-11-20", 6, 1).replace("}", ",\"channel\":\"phone\",\"people\":1}"));

    for (String body : wrong) {
      Answer answer = post(batch(body));
      assertThat(answer.status()).as(body).isEqualTo(400);
      assertThat(answer.body().get("reason").asText()).as(body).isNotBlank();
    }
    assertThat(november20().contactsByLocationAndChannel()).isEmpty();
    assertThat(stored()).isEmpty();
  }

  private Cube november20() {
    LocalDate day = LocalDate.of(2026, 11, 20);
    return backend
        .stats()
        .cube(
            new StatsQuery(
                TestRegion.REGION,
                Period.custom(day, day),
                List.of(TestRegion.LOCATION),
                Optional.empty(),
                Set.of()));
  }

  /** A bucket of {@code channel}, without the waiting time {@link #bucket} gives a visit. */
  private static String contact(String bucket, String channel, int people) {
    return bucket
        .replace("\"waitTimes\":[1,", "\"waitTimes\":[0,")
        .replace("}", ",\"channel\":\"" + channel + "\",\"people\":" + people + "}");
  }

  private void publishVersion2WithReferralPartnerOptional() throws Exception {
    ObjectNode catalogue = (ObjectNode) JSON.readTree(CatalogueLoader.defaultJson());
    catalogue.put("version", 2);
    for (JsonNode outcome : catalogue.get("outcomes")) {
      if (outcome.get("code").asText().equals("referred")) {
        ((ObjectNode) outcome).put("partner", "optional");
      }
    }
    backend.regions().publish(CatalogueLoader.parse(catalogue.toString(), "version 2"));
  }

  @Test
  void servesItsOpenApiDocument() throws IOException {
    try (Response response = api.call(RegionApi.OPENAPI, null, null)) {
      String document = response.body().string();
      assertThat(document).contains("openapi: 3.0.3", "/buckets:", "/health:", "/enrolments:");
    }
  }

  private List<BucketCounts> stored() {
    return backend.buckets().kioskBuckets(TestRegion.REGION, TestRegion.LOCATION, "zuil-1");
  }

  private static String bucket(String date, long revision, int visits) {
    return "{\"serviceDate\":\""
        + date
        + "\",\"hour\":9,\"question\":\"find_work\",\"situation\":\"benefit\","
        + "\"outcome\":\"answered\",\"partner\":\"-\",\"visits\":"
        + visits
        + ",\"confirmedReferrals\":0,\"waitTimes\":[1,0,0,0,0,0,0,0,0,0,0],"
        + "\"serviceTimes\":[0,0,0,0,0,0,0,0,0,0,0],\"revision\":"
        + revision
        + "}";
  }

  private static String batch(String... buckets) {
    return batchOfLedger("5f3a9c", buckets);
  }

  private static String batchOfLedger(String ledgerId, String... buckets) {
    return "{\"locationCode\":\"hengelo-bibliotheek\",\"kioskCode\":\"zuil-1\",\"ledgerId\":\""
        + ledgerId
        + "\",\"buckets\":["
        + String.join(",", buckets)
        + "]}";
  }

  private Answer post(String body) throws IOException {
    return post(body, kiosk.credential());
  }

  private Answer post(String body, String credential) throws IOException {
    return post(RegionApi.BUCKETS, body, credential);
  }

  private Answer post(String path, String body, String credential) throws IOException {
    try (Response response = api.call(path, RequestBody.create(body, JSON_TYPE), credential)) {
      return new Answer(response.code(), JSON.readTree(response.body().string()));
    }
  }

  private record Answer(int status, JsonNode body) {}
}
