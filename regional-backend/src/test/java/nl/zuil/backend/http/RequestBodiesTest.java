package nl.zuil.backend.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import nl.zuil.backend.ingest.Rejection;
import nl.zuil.regionapi.BucketBatch;
import nl.zuil.regionapi.HealthReport;
import nl.zuil.regionapi.WireBucket;
import nl.zuil.testsupport.PreviousAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The strict request reader and the fields a later release added ({@code @AddedLater}): such a
 * field may be left out, as the previous release's agent does, and is then null, its documented
 * default; sent, it is read as strictly as any other. Every other field stays required, and what
 * the reader refused before it refuses in the same words.
 */
class RequestBodiesTest {

  private static final String JSON = "application/json";
  private static final String BUCKET =
      "{\"serviceDate\":\"2026-11-20\",\"hour\":9,\"question\":\"find_work\","
          + "\"situation\":\"benefit\",\"outcome\":\"answered\",\"partner\":\"-\",\"visits\":2,"
          + "\"confirmedReferrals\":1,\"waitTimes\":[1,0,0,0,0,0,0,0,0,0,0],"
          + "\"serviceTimes\":[0,0,0,0,0,0,0,0,0,0,0],\"revision\":5}";

  private final RequestBodies bodies = new RequestBodies();

  @Test
  void readsThePreviousAgentsBodiesWithTheFieldsItLeavesOutAsNull() {
    BucketBatch batch = read(PreviousAgent.body("bucket-batch.json"), BucketBatch.class);
    assertThat(batch.buckets()).hasSize(2);
    assertThat(batch.buckets())
        .allSatisfy(
            b -> {
              assertThat(b.corrections()).as("corrections").isNull();
              assertThat(b.questions()).as("questions").isNull();
              assertThat(b.ratings()).as("ratings").isNull();
              assertThat(b.channel()).as("channel").isNull();
              assertThat(b.people()).as("people").isNull();
            });
    assertThat(batch.buckets().get(0).visits()).isEqualTo(3);
    assertThat(batch.buckets().get(1).revision()).isEqualTo(42);

    HealthReport health = read(PreviousAgent.body("health-report.json"), HealthReport.class);
    assertThat(health.kioskStart()).isNull();
    assertThat(health.disk()).isNull();
    assertThat(health.ledger().storedVisits()).isEqualTo(1);
  }

  @Test
  void readsAFieldAddedLaterWhenItIsSent() {
    WireBucket bucket =
        onlyBucket(
            BUCKET.replace(
                "\"revision\":5",
                "\"revision\":5,\"corrections\":1,\"questions\":3,"
                    + "\"ratings\":{\"good\":1,\"ok\":0,\"bad\":1},\"channel\":\"group\","
                    + "\"people\":7"));
    assertThat(bucket.corrections()).isEqualTo(1);
    assertThat(bucket.questions()).isEqualTo(3);
    assertThat(bucket.ratings().bad()).isEqualTo(1);
    assertThat(bucket.channel()).isEqualTo("group");
    assertThat(bucket.people()).isEqualTo(7);
  }

  /** This release's agent writes an empty start or disk as null; the record documents null so. */
  @Test
  void readsNullInAFieldAddedLaterAsNotGiven() {
    HealthReport health =
        read(
            PreviousAgent.body("health-report.json")
                .replace("\"setAsideBuckets\":0", "\"setAsideBuckets\":0,\"kioskStart\":null"),
            HealthReport.class);
    assertThat(health.kioskStart()).isNull();
    assertThat(
            onlyBucket(BUCKET.replace("\"revision\":5", "\"revision\":5,\"people\":null")).people())
        .isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "\"corrections\":\"1\"|field 'buckets[0].corrections' is missing or has the wrong type",
        "\"corrections\":1.5|field 'buckets[0].corrections' is missing or has the wrong type",
        "\"ratings\":5|field 'buckets[0].ratings' is missing or has the wrong type",
        "\"ratings\":{\"good\":1,\"ok\":0}|field 'buckets[0].ratings.bad' is missing or has the"
            + " wrong type",
        "\"channel\":7|field 'buckets[0].channel' is missing or has the wrong type",
        "\"people\":true|field 'buckets[0].people' is missing or has the wrong type",
        "\"people\":2,\"people\":3|repeated key 'people': each key may appear once",
        "\"channel\":\"phone\",\"name\":\"Jan\"|unknown field 'buckets[0].name'"
      })
  void refusesAFieldAddedLaterOfTheWrongShape(String fields, String reason) {
    String body = batch(BUCKET.replace("\"revision\":5", "\"revision\":5," + fields));
    assertThatThrownBy(() -> read(body, BucketBatch.class))
        .isInstanceOf(Rejection.class)
        .hasMessage(reason);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "\"visits\":2,|``|field 'buckets[0].visits' is missing or has the wrong type",
        ",\"revision\":5|``|field 'buckets[0].revision' is missing or has the wrong type",
        "\"hour\":9|\"hour\":null|field 'buckets[0].hour' is missing or has the wrong type",
        "\"partner\":\"-\",|``|field 'buckets[0].partner' is missing or has the wrong type"
      })
  void refusesAMissingFieldThatIsNotAddedLaterAsBefore(String cut, String by, String reason) {
    String bucket = BUCKET.replace(cut, by);
    assertThatThrownBy(() -> read(batch(bucket), BucketBatch.class))
        .isInstanceOf(Rejection.class)
        .hasMessage(reason);
  }

  @Test
  void refusesAHealthReportWithoutAFieldThatWasAlwaysThere() {
    String report = PreviousAgent.body("health-report.json").replace(",\"setAsideBuckets\":0", "");
    assertThatThrownBy(() -> read(report, HealthReport.class))
        .isInstanceOf(Rejection.class)
        .hasMessage("field 'setAsideBuckets' is missing or has the wrong type");
  }

  @Test
  void refusesWhatFollowsTheBody() {
    assertThatThrownBy(() -> read(batch(BUCKET) + " {}", BucketBatch.class))
        .isInstanceOf(Rejection.class)
        .hasMessage("the body is not valid JSON for this request");
  }

  private WireBucket onlyBucket(String bucket) {
    return read(batch(bucket), BucketBatch.class).buckets().get(0);
  }

  private <T> T read(String body, Class<T> type) {
    return bodies.read(JSON, body.getBytes(StandardCharsets.UTF_8), type);
  }

  private static String batch(String bucket) {
    return "{\"locationCode\":\"hengelo-bibliotheek\",\"kioskCode\":\"zuil-1\","
        + "\"ledgerId\":\"5f3a9c\",\"buckets\":["
        + bucket
        + "]}";
  }
}
