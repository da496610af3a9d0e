package nl.zuil.bench.stats;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.ingest.Applied;
import nl.zuil.backend.ingest.BucketCounts;
import nl.zuil.backend.ingest.RatingCounts;
import nl.zuil.backend.store.Database;
import nl.zuil.regionapi.HistogramBins;

/**
 * A kiosk delivering one more visit to one day, through the backend's bucket store as ingest writes
 * it: the revision of that day's month goes up, so its sums are added up again at the next request
 * (decision 0709). The codes are those of a bucket stored earlier that month.
 */
public final class KioskDelivery {

  private final Backend backend;
  private final Device kiosk;
  private final LocalDate day;
  private final String[] codes;
  // A ledger of its own per delivering kiosk: revisions count from 1 within a ledger, and a
  // bucket with a revision not above the stored one changes nothing (decision 0201).
  private final String ledger = "bench-delivery-" + UUID.randomUUID();
  private long revision;

  public KioskDelivery(
      Database database, Backend backend, String region, String location, LocalDate day) {
    this.backend = backend;
    this.kiosk = new Device("bench-delivery", region, location, "zuil-bench");
    this.day = day;
    this.codes =
        database.inTransaction(
            c -> {
              try (PreparedStatement query =
                  c.prepareStatement(
                      "SELECT question_code, situation_code, outcome_code, partner_code"
                          + " FROM bucket WHERE region_code = ? AND location_code = ?"
                          + " AND service_date >= ? AND service_date <= ? LIMIT 1")) {
                query.setString(1, region);
                query.setString(2, location);
                query.setString(3, day.withDayOfMonth(1).toString());
                query.setString(4, day.toString());
                try (ResultSet row = query.executeQuery()) {
                  if (!row.next()) {
                    throw new IllegalStateException("no bucket at " + location + " up to " + day);
                  }
                  return new String[] {
                    row.getString(1), row.getString(2), row.getString(3), row.getString(4)
                  };
                }
              }
            });
  }

  public void deliver() {
    revision++;
    Applied applied =
        backend
            .buckets()
            .upsert(
                kiosk,
                ledger,
                List.of(
                    new BucketCounts(
                        day,
                        11,
                        codes[0],
                        codes[1],
                        codes[2],
                        codes[3],
                        1,
                        0,
                        new int[HistogramBins.BINS],
                        new int[HistogramBins.BINS],
                        revision,
                        0,
                        1,
                        RatingCounts.NONE)),
                backend.clock().millis());
    if (applied.buckets() != 1) {
      throw new IllegalStateException("the delivery changed nothing");
    }
  }
}
