package nl.zuil.backend.ingest;

import java.util.List;
import nl.zuil.backend.enrolment.Device;

/**
 * The region's copy of every kiosk's buckets: (kiosk, ledger, bucket key) to (revision, counts).
 */
public interface BucketStore {

  /**
   * Stores the buckets of one kiosk in one transaction. A bucket replaces the stored one only when
   * its revision is higher; an equal or lower revision is a duplicate or a late delivery and
   * changes nothing.
   *
   * @return how many buckets replaced (or created) a stored row, and the visits they count
   */
  Applied upsert(Device kiosk, String ledgerId, List<BucketCounts> buckets, long receivedAtMs);

  /**
   * What the region counts for one kiosk: its buckets summed over every ledger it ever had, with
   * the highest revision seen; for tests that compare totals.
   */
  List<BucketCounts> kioskBuckets(String regionCode, String locationCode, String kioskCode);
}
