package nl.zuil.sync.push;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.zuil.ledger.aggregate.Bucket;
import nl.zuil.ledger.aggregate.BucketKey;
import nl.zuil.ledger.aggregate.DurationBins;
import nl.zuil.ledger.aggregate.Histogram;

/** Writes buckets in the API v1 shape, and knows how many fit in a request. */
final class BatchEncoder {

  private static final JsonFactory JSON = new JsonFactory();
  // {"locationCode":"…40…","kioskCode":"…40…","ledgerId":"…16…","buckets":[ … ]} with room to
  // spare.
  private static final int ENVELOPE_BYTES = 200;

  private BatchEncoder() {}

  /**
   * How many of {@code buckets}, from the first, fit in {@code maxBytes}; at least one, so a single
   * bucket (a few hundred bytes) always goes.
   */
  static int fitting(List<Bucket> buckets, int maxBytes) {
    int used = ENVELOPE_BYTES;
    int count = 0;
    for (Bucket bucket : buckets) {
      used += encode(bucket).length + 1;
      if (used > maxBytes && count > 0) {
        break;
      }
      count++;
    }
    return count;
  }

  static byte[] batch(
      String locationCode, String kioskCode, String ledgerId, List<Bucket> buckets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("locationCode", locationCode);
      json.writeStringField("kioskCode", kioskCode);
      json.writeStringField("ledgerId", ledgerId);
      json.writeArrayFieldStart("buckets");
      for (Bucket bucket : buckets) {
        write(json, bucket);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] encode(Bucket bucket) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      write(json, bucket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void write(JsonGenerator json, Bucket bucket) throws IOException {
    BucketKey key = bucket.key();
    json.writeStartObject();
    json.writeStringField("serviceDate", key.serviceDate().toString());
    json.writeNumberField("hour", key.hour());
    json.writeStringField("question", key.questionCode());
    json.writeStringField("situation", key.situationCode());
    json.writeStringField("outcome", key.outcomeCode());
    json.writeStringField("partner", key.partnerCode());
    json.writeNumberField("visits", bucket.visits());
    json.writeNumberField("confirmedReferrals", bucket.confirmedReferrals());
    histogram(json, "waitTimes", bucket.waitTimes());
    histogram(json, "serviceTimes", bucket.serviceTimes());
    json.writeNumberField("revision", bucket.revision());
    json.writeEndObject();
  }

  private static void histogram(JsonGenerator json, String field, Histogram histogram)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (int bin = 0; bin < DurationBins.COUNT; bin++) {
      json.writeNumber(histogram.count(bin));
    }
    json.writeEndArray();
  }
}
