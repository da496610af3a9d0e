package nl.zuil.backend.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.region.KnownCodes;
import nl.zuil.backend.region.Regions;
import nl.zuil.regionapi.BucketBatch;
import nl.zuil.regionapi.IngestReceipt;

/** Receives a kiosk's buckets: checks who sends them and what they hold, then stores them. */
public final class Ingest {

  private static final Pattern LEDGER_ID = Pattern.compile("[0-9a-f]{1,16}");

  private final BucketStore store;
  private final Regions regions;
  private final BucketValidator validator;
  private final Clock clock;

  public Ingest(BucketStore store, Regions regions, Clock clock) {
    this.store = store;
    this.regions = regions;
    this.validator = new BucketValidator(clock);
    this.clock = clock;
  }

  /**
   * Stores a batch from {@code sender}.
   *
   * @throws Rejection when the batch names another kiosk or holds an invalid bucket; nothing is
   *     stored then
   */
  public IngestReceipt receive(Device sender, BucketBatch batch) {
    if (!sender.locationCode().equals(batch.locationCode())
        || !sender.kioskCode().equals(batch.kioskCode())) {
      throw new Rejection(
          403,
          "not_your_kiosk",
          "this credential belongs to kiosk "
              + sender.kioskCode()
              + " at "
              + sender.locationCode()
              + "; it cannot write buckets of another kiosk");
    }
    KnownCodes codes =
        regions
            .knownCodes(sender.regionCode())
            .orElseThrow(
                () ->
                    new Rejection(
                        409,
                        "no_catalogue",
                        "region " + sender.regionCode() + " has no catalogue"));
    if (batch.ledgerId() == null || !LEDGER_ID.matcher(batch.ledgerId()).matches()) {
      throw Rejection.invalid("ledgerId: must be 1 to 16 lower-case hexadecimal digits");
    }
    List<BucketCounts> buckets = validator.validate(batch.buckets(), codes);
    int applied = store.upsert(sender, batch.ledgerId(), buckets, clock.millis());
    long highest = buckets.stream().mapToLong(BucketCounts::revision).max().orElseThrow();
    return new IngestReceipt(highest, buckets.size(), applied, Instant.now(clock).toString());
  }
}
