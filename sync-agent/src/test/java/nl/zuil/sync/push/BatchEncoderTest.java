package nl.zuil.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.zuil.catalogue.Codes;
import nl.zuil.ledger.aggregate.Bucket;
import nl.zuil.ledger.aggregate.BucketKey;
import nl.zuil.ledger.aggregate.Histogram;
import nl.zuil.ledger.aggregate.Ratings;
import nl.zuil.regionapi.BucketBatch;
import nl.zuil.regionapi.WireRatings;
import nl.zuil.testsupport.PreviousAgent;
import org.junit.jupiter.api.Test;

class BatchEncoderTest {

  private static final String LOCATION = "hengelo-bibliotheek";
  private final BatchEncoder encoder = new BatchEncoder(LOCATION, "zuil-1", "5f3a9c");

  @Test
  void writesABatchByteForByteAsThePreviousAgentDidWithCorrectionsAtTheEndOfEachBucket() {
    List<Bucket> buckets =
        List.of(
            bucket(
                "2026-11-20",
                9,
                "find_work",
                "benefit",
                "referred",
                3,
                1,
                Histogram.of(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1),
                Histogram.of(0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                41),
            bucket(
                "2026-11-21",
                14,
                "learning",
                "-",
                "-",
                0,
                0,
                Histogram.empty(),
                Histogram.empty(),
                42));

    assertThat(new String(encoder.all(buckets), StandardCharsets.UTF_8))
        .isEqualTo(withTheNewFields(PreviousAgent.body("bucket-batch.json")));
  }

  /**
   * The previous release's batch with this release's fields, absent there, at the end of each
   * bucket: no corrections (decision 1004) and one question per visit as the previous agent counted
   * them (decision 1006).
   */
  private static String withTheNewFields(String previous) {
    String body =
        previous
            .replace("\"revision\":41}", "\"revision\":41,\"corrections\":0,\"questions\":3}")
            .replace("\"revision\":42}", "\"revision\":42,\"corrections\":0,\"questions\":0}");
    assertThat(body).as("both buckets got the fields").contains("\"revision\":41,\"corr");
    assertThat(body).contains("\"revision\":42,\"corrections\":0,\"questions\":0}");
    return body;
  }

  @Test
  void aGroupSessionIsSentWithItsChannelAndHeadCount() throws Exception {
    Bucket group =
        new Bucket(
            new BucketKey(
                LOCATION,
                LocalDate.parse("2026-11-20"),
                10,
                "find_work",
                "-",
                "answered",
                "-",
                "group"),
            1,
            0,
            Histogram.empty(),
            Histogram.empty(),
            43,
            0,
            1,
            Ratings.NONE,
            12);

    String body = new String(encoder.all(List.of(group)), StandardCharsets.UTF_8);

    assertThat(body)
        .contains(
            "\"revision\":43,\"corrections\":0,\"questions\":1,\"channel\":\"group\",\"people\":12}");
    BucketBatch parsed = new ObjectMapper().readValue(body, BucketBatch.class);
    assertThat(parsed.buckets().get(0).visits()).isEqualTo(1);
  }

  @Test
  void takesAsManyBucketsAsFitAndTheBodyIsExactlyThoseBuckets() throws Exception {
    List<Bucket> buckets = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      buckets.add(
          bucket(
              "2026-11-20",
              i % 24,
              "find_work",
              "-",
              "-",
              1,
              0,
              Histogram.empty(),
              Histogram.empty(),
              i));
    }
    int oneBucket = encoder.all(buckets.subList(0, 1)).length;
    int maxBytes = 4 * oneBucket;

    BatchEncoder.Batch batch = encoder.fitting(buckets, maxBytes);

    assertThat(batch.body().length).isLessThanOrEqualTo(maxBytes);
    assertThat(encoder.all(buckets.subList(0, batch.count() + 1)).length).isGreaterThan(maxBytes);
    BucketBatch parsed = new ObjectMapper().readValue(batch.body(), BucketBatch.class);
    assertThat(parsed.locationCode()).isEqualTo(LOCATION);
    assertThat(parsed.buckets())
        .containsExactlyElementsOf(
            buckets.subList(0, batch.count()).stream().map(BatchEncoder::wire).toList());
  }

  @Test
  void sendsTheTapsOfABucketAndLeavesThemOutWhenThereAreNone() {
    Bucket untapped =
        bucket(
            "2026-11-20", 9, "find_work", "-", "-", 3, 0, Histogram.empty(), Histogram.empty(), 1);
    Bucket tapped =
        new Bucket(
            untapped.key(),
            3,
            0,
            Histogram.empty(),
            Histogram.empty(),
            2,
            0,
            3,
            new Ratings(2, 0, 1));

    assertThat(BatchEncoder.wire(tapped).ratings()).isEqualTo(new WireRatings(2, 0, 1));
    assertThat(new String(encoder.all(List.of(tapped)), StandardCharsets.UTF_8))
        .contains("\"questions\":3,\"ratings\":{\"good\":2,\"ok\":0,\"bad\":1}}");
    assertThat(new String(encoder.all(List.of(untapped)), StandardCharsets.UTF_8))
        .doesNotContain("ratings");
  }

  @Test
  void aSingleBucketGoesEvenWhenItAloneIsOverTheLimit() {
    List<Bucket> buckets =
        List.of(
            bucket(
                "2026-11-20",
                9,
                "find_work",
                "-",
                "-",
                1,
                0,
                Histogram.empty(),
                Histogram.empty(),
                1),
            bucket(
                "2026-11-20",
                10,
                "find_work",
                "-",
                "-",
                1,
                0,
                Histogram.empty(),
                Histogram.empty(),
                2));

    assertThat(encoder.fitting(buckets, 10).count()).isEqualTo(1);
  }

  private static Bucket bucket(
      String date,
      int hour,
      String question,
      String situation,
      String outcome,
      int visits,
      int confirmed,
      Histogram wait,
      Histogram service,
      long revision) {
    return new Bucket(
        new BucketKey(
            LOCATION,
            LocalDate.parse(date),
            hour,
            question,
            situation,
            outcome,
            Codes.NONE,
            "kiosk"),
        visits,
        confirmed,
        wait,
        service,
        revision,
        0,
        visits,
        Ratings.NONE);
  }
}
