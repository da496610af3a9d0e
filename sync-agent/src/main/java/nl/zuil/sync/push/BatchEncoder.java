package nl.zuil.sync.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.zuil.ledger.aggregate.Bucket;
import nl.zuil.ledger.aggregate.BucketKey;
import nl.zuil.ledger.aggregate.Histogram;
import nl.zuil.ledger.aggregate.Ratings;
import nl.zuil.regionapi.BucketBatch;
import nl.zuil.regionapi.Channel;
import nl.zuil.regionapi.WireBucket;
import nl.zuil.regionapi.WireRatings;

/**
 * Writes one ledger's buckets as API v1 requests ({@link BucketBatch}, by Jackson), and knows how
 * many fit in a request. Each bucket is written once: its bytes decide whether it still fits and
 * are then the request's bytes, between the envelope Jackson writes for a batch of no buckets.
 */
final class BatchEncoder {

  private static final ObjectWriter JSON = new ObjectMapper().writer();
  private static final byte[] TAIL = "]}".getBytes(StandardCharsets.UTF_8);

  /** The envelope up to and including the buckets' opening bracket. */
  private final byte[] head;

  BatchEncoder(String locationCode, String kioskCode, String ledgerId) {
    byte[] empty = write(new BucketBatch(locationCode, kioskCode, ledgerId, List.of()));
    // Jackson writes a record's components in order, so the buckets come last: "...,"buckets":[]}".
    if (!new String(empty, StandardCharsets.UTF_8).endsWith("[]}")) {
      throw new IllegalStateException("BucketBatch no longer ends with its buckets");
    }
    this.head = Arrays.copyOf(empty, empty.length - TAIL.length);
  }

  /** A request body and how many buckets, from the first offered, it holds. */
  record Batch(byte[] body, int count) {}

  /**
   * The request for as many of {@code buckets}, from the first, as fit in {@code maxBytes}; at
   * least one, so a single bucket (a few hundred bytes) always goes.
   */
  Batch fitting(List<Bucket> buckets, int maxBytes) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(head);
    int count = 0;
    for (Bucket bucket : buckets) {
      byte[] encoded = write(wire(bucket));
      int separator = count > 0 ? 1 : 0;
      if (count > 0 && body.size() + separator + encoded.length + TAIL.length > maxBytes) {
        break;
      }
      if (separator > 0) {
        body.write(',');
      }
      body.writeBytes(encoded);
      count++;
    }
    body.writeBytes(TAIL);
    return new Batch(body.toByteArray(), count);
  }

  /** The request holding all of {@code buckets}. */
  byte[] all(List<Bucket> buckets) {
    return fitting(buckets, Integer.MAX_VALUE).body();
  }

  /**
   * A kiosk bucket without channel and people, which a backend reads as a kiosk visit; a contact's
   * with both (decision 1003).
   */
  static WireBucket wire(Bucket bucket) {
    BucketKey key = bucket.key();
    boolean contact = !Channel.KIOSK.code().equals(key.channelCode());
    return new WireBucket(
        key.serviceDate().toString(),
        key.hour(),
        key.questionCode(),
        key.situationCode(),
        key.outcomeCode(),
        key.partnerCode(),
        bucket.visits(),
        bucket.confirmedReferrals(),
        counts(bucket.waitTimes()),
        counts(bucket.serviceTimes()),
        bucket.revision(),
        bucket.corrections(),
        bucket.questions(),
        ratings(bucket.ratings()),
        contact ? key.channelCode() : null,
        contact ? bucket.people() : null);
  }

  /**
   * Left out when no visitor of the bucket tapped a face: the region reads "absent" as no taps, and
   * such a bucket goes out byte for byte as the previous agent sent it.
   */
  private static WireRatings ratings(Ratings ratings) {
    return ratings.equals(Ratings.NONE)
        ? null
        : new WireRatings(ratings.good(), ratings.ok(), ratings.bad());
  }

  private static List<Integer> counts(Histogram histogram) {
    return Arrays.stream(histogram.toArray()).boxed().toList();
  }

  private static byte[] write(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      // Records of strings and numbers always serialise; this would be a bug in the records.
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }
}
