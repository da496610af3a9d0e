package nl.zuil.backend.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TestRegion;
import nl.zuil.backend.enrolment.EnrolledDevice;
import nl.zuil.regionapi.Problem;
import nl.zuil.regionapi.RegionApi;
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
 * The ingest API attacked as someone holding one kiosk's credential would (issue 15): every body in
 * the bad-input set is refused with 400 and a reason, nothing of it is stored, and nothing answers
 * 5xx. Each bad body is one change away from a good one, and the good ones are taken at the end, so
 * a refusal is the change's doing. Subclasses pick SQLite or PostgreSQL.
 */
abstract class BadInputContract {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JSON_TYPE = "application/json";

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
  void badBucketBatchesAreRefusedWithAReasonAndStoreNothing() throws IOException {
    String good = bucket("answered", "-", 2, 1);
    List<Refusal> refusals = new ArrayList<>();
    refusals.add(
        buckets(batch(bucket("answered", "-", Integer.MAX_VALUE, 1)), "can issue in an hour"));
    refusals.add(buckets(batch(bucket("answered", "-", 1201, 1)), "can issue in an hour"));
    refusals.add(
        buckets(
            batch(bucket("answered", "-", 700, 1), bucket("left", "-", 700, 1)),
            "one kiosk can issue at most 1200"));
    refusals.add(
        buckets(
            batch(good.replace("\"visits\":2", "\"visits\":1,\"visits\":999")), "repeated key"));
    refusals.add(buckets(batch(good).replace("\"5f3a9c\"", "5"), "ledgerId"));
    refusals.add(buckets(batch(good.replace("\"find_work\"", "7")), "question"));
    refusals.add(buckets(batch(good.replace("\"visits\":2", "\"visits\":\"2\"")), "visits"));
    refusals.add(buckets(batch(good.replace("\"visits\":2", "\"visits\":2.5")), "visits"));
    refusals.add(buckets(batch(good.replace("\"visits\":2", "\"visits\":2147483648")), "JSON"));
    refusals.add(buckets(batch(good.replace("\"hour\":9", "\"hour\":true")), "hour"));
    refusals.add(
        buckets(batch(good.replace("\"hour\":9", "\"hour\":9,\"name\":\"Jan\"")), "unknown field"));
    refusals.add(new Refusal(RegionApi.BUCKETS, batch(good), "text/plain", "application/json"));
    refusals.add(new Refusal(RegionApi.BUCKETS, batch(good), null, "no content type"));
    refusals.add(buckets("null", "not null"));
    refusals.add(buckets("", "empty"));
    refusals.add(buckets("[]", "JSON"));
    refusals.add(buckets("{\"locationCode\":", "JSON"));
    refusals.add(buckets(batch(good) + " {}", "JSON"));
    refusals.add(buckets(batch(good).replace("[" + good + "]", "null"), "at least one bucket"));
    refusals.add(buckets(batch(good).replace("[" + good + "]", "[null]"), "buckets[0] is null"));
    refusals.add(buckets(batch(bucket("referred", "-", 2, 1)), "needs a partner"));
    refusals.add(buckets(batch(bucket("self_service", "uwv", 2, 0)), "takes no partner"));
    refusals.add(buckets(batch(bucket("answered", "uwv", 2, 0)), "takes no partner"));
    refusals.add(buckets(batch(bucket("-", "uwv", 2, 0)), "but no outcome"));
    refusals.add(buckets(batch(bucket("referred", "uwv", 2, 3)), "confirmedReferrals"));
    refusals.add(
        buckets(batch(good.replace("\"waitTimes\":[1,", "\"waitTimes\":[3,")), "more than visits"));
    refusals.add(
        buckets(
            batch(good.replace("\"revision\":5", "\"revision\":" + Long.MAX_VALUE)), "revision"));
    refusals.add(
        buckets(
            batch(good.replace("\"revision\":5", "\"revision\":1125899906842625")), "revision"));
    refusals.add(buckets(batch(good.replace("2026-11-20", "+999999999-12-31")), "serviceDate"));
    refusals.add(buckets(batch(good.replace("2026-11-20", "-999999999-01-01")), "serviceDate"));
    refusals.add(buckets(batch(good.replace("2026-11-20", "9999-12-31")), "in the future"));
    refusals.add(buckets(batch(good.replace("\"hour\":9", "\"hour\":24")), "hour must be 0 to 23"));
    refusals.add(buckets(batch(good).replace("\"5f3a9c\"", "null"), "ledgerId"));
    refusals.add(
        buckets(
            batch(good.replace("\"partner\":\"-\"", "\"partner\":null")), "partner is missing"));
    refusals.add(
        buckets(batch(good.replace("\"visits\":2", "\"visits\":" + "9".repeat(2000))), "JSON"));
    refusals.add(buckets("[".repeat(5000) + "]".repeat(5000), "JSON"));
    refusals.add(buckets("\"buckets\"", "JSON"));

    for (Refusal refusal : refusals) {
      assertRefused(refusal);
    }

    assertThat(storedBuckets()).isZero();
    assertThat(post(RegionApi.BUCKETS, batch(good), JSON_TYPE).status()).isEqualTo(200);
    assertThat(
            post(
                    RegionApi.BUCKETS,
                    batch(bucket("referred", "uwv", 3, 2))
                        .replace("\"revision\":5", "\"revision\":6"),
                    JSON_TYPE)
                .status())
        .isEqualTo(200);
    assertThat(storedBuckets()).isEqualTo(2);
  }

  @Test
  void badHealthReportsAreRefusedWithAReasonAndStoreNothing() throws IOException {
    List<Refusal> refusals = new ArrayList<>();
    refusals.add(
        health(HEALTH.replace("2026-11-23T11:03:00Z", "9999-12-31T23:59:59Z"), "reportedAt"));
    refusals.add(
        health(
            HEALTH.replace("2026-11-23T11:03:00Z", "+1000000000-01-01T00:00:00Z"), "reportedAt"));
    refusals.add(
        health(
            HEALTH.replace("2026-11-23T11:03:00Z", "-1000000000-01-01T00:00:00Z"), "reportedAt"));
    refusals.add(
        health(HEALTH.replace("2026-11-23T11:03:00Z", "2024-11-23T11:03:00Z"), "reportedAt"));
    refusals.add(
        health(HEALTH.replace("2026-11-23T11:02:00Z", "+1000000000-01-01T00:00:00Z"), "checkedAt"));
    refusals.add(
        health(
            HEALTH.replace(
                "\"lastVisitAt\":null", "\"lastVisitAt\":\"-1000000000-01-01T00:00:00Z\""),
            "lastVisitAt"));
    refusals.add(
        health(
            HEALTH.replace("\"latestRevision\":40", "\"latestRevision\":" + Long.MAX_VALUE),
            "latestRevision"));
    refusals.add(
        health(
            HEALTH.replace("\"acknowledgedRevision\":38", "\"acknowledgedRevision\":\"38\""),
            "acknowledgedRevision"));
    refusals.add(health(HEALTH.replace("\"fileBytes\":4096", "\"fileBytes\":-1"), "fileBytes"));
    refusals.add(health(HEALTH.replace("\"0.1.0\"", "1"), "appVersion"));
    refusals.add(health(HEALTH.replace("\"online\":true", "\"online\":1"), "online"));
    refusals.add(
        health(
            HEALTH.replace("\"setAsideBuckets\":2", "\"setAsideBuckets\":2,\"setAsideBuckets\":0"),
            "repeated key"));
    refusals.add(
        health(
            HEALTH.replace("\"setAsideBuckets\":2", "\"setAsideBuckets\":2,\"gps\":1"),
            "unknown field"));
    refusals.add(health("null", "not null"));
    refusals.add(health(HEALTH.replace("\"printer\":{", "\"printer\":\"on\",\"x\":{"), "printer"));
    refusals.add(
        health(
            HEALTH.replace(
                "{\"fileBytes\":4096,\"storedVisits\":12,\"lastVisitAt\":null,\"latestRevision\":40}",
                "null"),
            "ledger is missing"));
    refusals.add(new Refusal(RegionApi.HEALTH, HEALTH, "text/plain", "application/json"));

    for (Refusal refusal : refusals) {
      assertRefused(refusal);
    }

    assertThat(backend.healthStore().region(TestRegion.REGION)).isEmpty();
    assertThat(post(RegionApi.HEALTH, HEALTH, JSON_TYPE).status()).isEqualTo(200);
    assertThat(backend.healthStore().region(TestRegion.REGION)).hasSize(1);
  }

  @Test
  void badEnrolmentsAreRefusedWithAReasonAndLeaveTheCodeUnused() throws IOException {
    String code =
        backend
            .enrolment()
            .createCode(TestRegion.REGION, TestRegion.LOCATION, "zuil-2", Duration.ofHours(1))
            .code();
    String good = "{\"enrolmentCode\":\"" + code + "\"}";
    List<Refusal> refusals =
        List.of(
            enrolment("null", "not null"),
            enrolment("{}", "enrolmentCode"),
            enrolment("{\"enrolmentCode\":null}", "enrolmentCode is missing"),
            enrolment("{\"enrolmentCode\":12345}", "enrolmentCode"),
            enrolment(good.replace("}", ",\"enrolmentCode\":\"" + code + "\"}"), "repeated key"),
            enrolment(good.replace("}", ",\"kiosk\":\"zuil-9\"}"), "unknown field"),
            new Refusal(RegionApi.ENROLMENTS, good, "text/plain", "application/json"));

    for (Refusal refusal : refusals) {
      assertRefused(refusal);
    }

    Answer enrolled = post(RegionApi.ENROLMENTS, good, JSON_TYPE, null);
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
  }

  private void assertRefused(Refusal refusal) throws IOException {
    String credential = refusal.path().equals(RegionApi.ENROLMENTS) ? null : kiosk.credential();
    Answer answer = post(refusal.path(), refusal.body(), refusal.contentType(), credential);
    String what = refusal.path() + " " + refusal.contentType() + " " + refusal.body();
    assertThat(answer.status()).as(what + " -> " + answer.body()).isEqualTo(400);
    Problem problem = JSON.readValue(answer.body(), Problem.class);
    assertThat(problem.code()).as(what).isEqualTo("invalid");
    assertThat(problem.status()).as(what).isEqualTo(400);
    assertThat(problem.detail()).as(what).contains(refusal.reasonMentions());
  }

  private int storedBuckets() {
    return backend.buckets().kioskBuckets(TestRegion.REGION, TestRegion.LOCATION, "zuil-1").size();
  }

  private static final String HEALTH =
      """
      {"locationCode":"hengelo-bibliotheek","kioskCode":"zuil-1","appVersion":"0.1.0",
       "reportedAt":"2026-11-23T11:03:00Z",
       "printer":{"online":true,"coverOpen":false,"paperOut":false,"paperNearEnd":true,
                  "cutterError":false,"checkedAt":"2026-11-23T11:02:00Z"},
       "ledger":{"fileBytes":4096,"storedVisits":12,"lastVisitAt":null,"latestRevision":40},
       "acknowledgedRevision":38,"setAsideBuckets":2}
      """;

  private static String bucket(String outcome, String partner, int visits, int confirmed) {
    return "{\"serviceDate\":\"2026-11-20\",\"hour\":9,\"question\":\"find_work\","
        + "\"situation\":\"benefit\",\"outcome\":\""
        + outcome
        + "\",\"partner\":\""
        + partner
        + "\",\"visits\":"
        + visits
        + ",\"confirmedReferrals\":"
        + confirmed
        + ",\"waitTimes\":[1,0,0,0,0,0,0,0,0,0,0],"
        + "\"serviceTimes\":[0,0,0,0,0,0,0,0,0,0,0],\"revision\":5}";
  }

  private static String batch(String... buckets) {
    return "{\"locationCode\":\"hengelo-bibliotheek\",\"kioskCode\":\"zuil-1\","
        + "\"ledgerId\":\"5f3a9c\",\"buckets\":["
        + String.join(",", buckets)
        + "]}";
  }

  private static Refusal buckets(String body, String reasonMentions) {
    return new Refusal(RegionApi.BUCKETS, body, JSON_TYPE, reasonMentions);
  }

  private static Refusal health(String body, String reasonMentions) {
    return new Refusal(RegionApi.HEALTH, body, JSON_TYPE, reasonMentions);
  }

  private static Refusal enrolment(String body, String reasonMentions) {
    return new Refusal(RegionApi.ENROLMENTS, body, JSON_TYPE, reasonMentions);
  }

  private Answer post(String path, String body, String contentType) throws IOException {
    return post(path, body, contentType, kiosk.credential());
  }

  private Answer post(String path, String body, String contentType, String credential)
      throws IOException {
    RequestBody content =
        RequestBody.create(body, contentType == null ? null : MediaType.get(contentType));
    try (Response response = api.call(path, content, credential)) {
      return new Answer(response.code(), response.body().string());
    }
  }

  private record Refusal(String path, String body, String contentType, String reasonMentions) {}

  private record Answer(int status, String body) {}
}
