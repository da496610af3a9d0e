package nl.zuil.backend.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.region.KnownCodes;
import nl.zuil.backend.region.Regions;
import nl.zuil.backend.store.Database;
import nl.zuil.regionapi.BucketBatch;
import nl.zuil.regionapi.IngestReceipt;
import nl.zuil.regionapi.ProblemType;

/**
 * Receives a kiosk's buckets: checks who sends them and what they hold, then stores them and notes
 * the delivery in the ingest log, all or nothing.
 */
public final class Ingest {

  private static final Pattern LEDGER_ID = Pattern.compile("[0-9a-f]{1,16}");

  private final Database database;
  private final BucketStore store;
  private final Regions regions;
  private final BucketValidator validator;
  private final IngestLog log;
  private final Clock clock;

  /**
   * @param database where {@code store}, {@code regions} and {@code log} keep their rows: a batch's
   *     codes, buckets and log entry are read and written in one transaction of it
   */
  public Ingest(Database database, BucketStore store, Regions regions, IngestLog log, Clock clock) {
    this.database = database;
    this.store = store;
    this.regions = regions;
    this.validator = new BucketValidator(clock);
    this.log = log;
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
          ProblemType.NOT_YOUR_KIOSK,
          "this credential belongs to kiosk "
              + sender.kioskCode()
              + " at "
              + sender.locationCode()
              + "; it cannot write buckets of another kiosk");
    }
    // One transaction for the codes, the upsert and the log: one connection held, one commit.
    return database.inTransaction(c -> store(sender, batch));
  }

  private IngestReceipt store(Device sender, BucketBatch batch) {
    KnownCodes codes =
        regions
            .knownCodes(sender.regionCode())
            .orElseThrow(
                () ->
                    new Rejection(
                        ProblemType.NO_CATALOGUE,
                        "region " + sender.regionCode() + " has no catalogue"));
    if (batch.ledgerId() == null || !LEDGER_ID.matcher(batch.ledgerId()).matches()) {
      throw Rejection.invalid("ledgerId: must be 1 to 16 lower-case hexadecimal digits");
    }
    List<BucketCounts> buckets = validator.validate(batch.buckets(), codes);
    Instant received = clock.instant();
    Applied applied = store.upsert(sender, batch.ledgerId(), buckets, received.toEpochMilli());
    log.record(
        sender,
        new IngestEntry(
            received,
            sender.id(),
            batch.ledgerId(),
            buckets.size(),
            applied.buckets(),
            applied.visits(),
            buckets.stream().map(BucketCounts::serviceDate).min(LocalDate::compareTo).orElseThrow(),
            buckets.stream()
                .map(BucketCounts::serviceDate)
                .max(LocalDate::compareTo)
                .orElseThrow()));
    long highest = buckets.stream().mapToLong(BucketCounts::revision).max().orElseThrow();
    return new IngestReceipt(
        highest, buckets.size(), applied.buckets(), Instant.now(clock).toString());
  }
}
