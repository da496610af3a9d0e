package nl.zuil.ledger.aggregate;

import java.time.LocalDate;
import java.util.Comparator;
import nl.zuil.catalogue.Codes;
import nl.zuil.regionapi.Channel;

/**
 * What a bucket counts: one hour at one location, one question type, situation, outcome and
 * partner, through one channel. Absent situation, outcome (not finished yet) and partner are {@link
 * Codes#NONE}, never null, so that keys compare and upsert reliably everywhere.
 *
 * @param channelCode a {@link Channel} code: {@code kiosk} for ticket visits, another for the
 *     contacts a gids records on the console (decision 1003)
 */
public record BucketKey(
    String locationCode,
    LocalDate serviceDate,
    int hour,
    String questionCode,
    String situationCode,
    String outcomeCode,
    String partnerCode,
    String channelCode)
    implements Comparable<BucketKey> {

  private static final Comparator<BucketKey> ORDER =
      Comparator.comparing(BucketKey::serviceDate)
          .thenComparing(BucketKey::locationCode)
          .thenComparingInt(BucketKey::hour)
          .thenComparing(BucketKey::questionCode)
          .thenComparing(BucketKey::situationCode)
          .thenComparing(BucketKey::outcomeCode)
          .thenComparing(BucketKey::partnerCode)
          .thenComparing(BucketKey::channelCode);

  @Override
  public int compareTo(BucketKey other) {
    return ORDER.compare(this, other);
  }
}
