package nl.zuil.backend.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TestRegion;
import nl.zuil.backend.audit.AuditLog;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.stats.Cube;
import nl.zuil.backend.stats.Period;
import nl.zuil.backend.stats.StatsQuery;
import nl.zuil.backend.store.StoreException;
import nl.zuil.regionapi.BucketBatch;
import nl.zuil.regionapi.HistogramBins;
import nl.zuil.regionapi.WireBucket;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IT beheer finds which device delivered what, and takes a kiosk's counts out of the figures and
 * back without the kiosk resending anything (decision 0208). Subclasses pick SQLite or PostgreSQL.
 */
abstract class IngestLogAndQuarantineContract {

  @TempDir Path dir;
  private TestDatabase database;
  private TestClock clock;
  private Backend backend;
  private Device zuil1;
  private Device zuil2;

  abstract TestDatabase.Kind kind();

  @BeforeEach
  void start() {
    database = TestDatabase.open(kind(), dir);
    clock = TestClock.at("2026-11-23T12:00");
    backend =
        Backend.over(database.database(), clock, Duration.ofDays(30), AuditLog.DEFAULT_RETENTION);
    TestRegion.seed(backend);
    zuil1 = TestRegion.enrol(backend, "zuil-1").device();
    zuil2 = TestRegion.enrol(backend, "zuil-2").device();
  }

  @AfterEach
  void stop() {
    database.close();
  }

  @Test
  void everyAcceptedBatchIsLoggedWithItsCountsNewestFirst() {
    send(zuil1, bucket("2026-11-20", 9, 4, 1), bucket("2026-11-21", 10, 6, 2));
    clock.advanceMinutes(5);
    send(zuil1, bucket("2026-11-20", 9, 4, 1), bucket("2026-11-22", 11, 3, 3));

    List<IngestEntry> log =
        backend.ingestLog().recent(TestRegion.REGION, TestRegion.LOCATION, "zuil-1", 10);

    assertThat(log)
        .containsExactly(
            new IngestEntry(
                Instant.parse("2026-11-23T11:05:00Z"),
                zuil1.id(),
                "5f3a9c",
                2,
                1,
                3,
                LocalDate.parse("2026-11-20"),
                LocalDate.parse("2026-11-22")),
            new IngestEntry(
                Instant.parse("2026-11-23T11:00:00Z"),
                zuil1.id(),
                "5f3a9c",
                2,
                2,
                10,
                LocalDate.parse("2026-11-20"),
                LocalDate.parse("2026-11-21")));
    assertThat(backend.ingestLog().recent(TestRegion.REGION, TestRegion.LOCATION, "zuil-2", 10))
        .isEmpty();
  }

  @Test
  void aRefusedBatchLeavesNoEntry() {
    assertThatThrownBy(() -> send(zuil1, bucket("2026-11-20", 9, 5000, 1)))
        .isInstanceOf(Rejection.class);

    assertThat(backend.ingestLog().recent(TestRegion.REGION, TestRegion.LOCATION, "zuil-1", 10))
        .isEmpty();
  }

  /**
   * A delivery and its log entry are one transaction: when the entry cannot be written the kiosk
   * gets no acknowledgement and no bucket is stored, so its next try is logged with everything it
   * brings, and no counts arrive that IT beheer cannot trace to a device.
   */
  @Test
  void aBatchWhoseLogEntryCannotBeWrittenIsNotStored() {
    send(zuil1, bucket("2026-11-20", 9, 4, 1));
    database
        .database()
        .inTransaction(
            c -> {
              try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE ingest_log RENAME TO ingest_log_away");
              }
              return null;
            });

    assertThatThrownBy(
            () -> send(zuil1, bucket("2026-11-20", 9, 6, 2), bucket("2026-11-21", 9, 3, 3)))
        .isInstanceOf(StoreException.class);

    assertThat(backend.buckets().kioskBuckets(TestRegion.REGION, TestRegion.LOCATION, "zuil-1"))
        .extracting(BucketCounts::serviceDate, BucketCounts::visits)
        .containsExactly(tuple(LocalDate.parse("2026-11-20"), 4));
  }

  @Test
  void entriesOlderThanTheRetentionArePurged() {
    send(zuil1, bucket("2026-11-20", 9, 4, 1));
    clock.advance(Duration.ofDays(31));
    send(zuil1, bucket("2026-11-20", 9, 5, 2).replace("2026-11-20", "2026-12-23"));

    assertThat(backend.ingestLog().recent(TestRegion.REGION, TestRegion.LOCATION, "zuil-1", 10))
        .extracting(IngestEntry::visitsApplied)
        .containsExactly(5L);
  }

  @Test
  void aQuarantinedKiosksCountsLeaveTheFiguresAndComeBackOnReleaseWithNothingResent() {
    send(zuil1, bucket("2026-11-20", 9, 4, 1));
    send(zuil2, bucket("2026-11-20", 9, 7, 1));
    assertThat(novemberVisits()).isEqualTo(11);

    assertThat(backend.quarantine().quarantine(TestRegion.REGION, TestRegion.LOCATION, "zuil-2"))
        .isTrue();
    assertThat(novemberVisits()).isEqualTo(4);
    // The kiosk keeps delivering while it is in quarantine; the region keeps its counts current.
    send(zuil2, bucket("2026-11-20", 9, 9, 2));
    assertThat(novemberVisits()).isEqualTo(4);
    assertThat(backend.quarantine().region(TestRegion.REGION))
        .extracting(Quarantine.Kiosk::kioskCode)
        .containsExactly("zuil-2");

    assertThat(backend.quarantine().release(TestRegion.REGION, TestRegion.LOCATION, "zuil-2"))
        .isTrue();
    assertThat(novemberVisits()).isEqualTo(13);
    assertThat(backend.quarantine().region(TestRegion.REGION)).isEmpty();
  }

  @Test
  void quarantiningAKioskThatNeverEnrolledIsRefusedAndChangesNothing() {
    send(zuil1, bucket("2026-11-20", 9, 4, 1));

    assertThatThrownBy(
            () -> backend.quarantine().quarantine(TestRegion.REGION, TestRegion.LOCATION, "zuil-9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zuil-9");
    assertThat(backend.quarantine().region(TestRegion.REGION)).isEmpty();
    assertThat(backend.quarantine().quarantine(TestRegion.REGION, TestRegion.LOCATION, "zuil-1"))
        .isTrue();
    assertThat(backend.quarantine().quarantine(TestRegion.REGION, TestRegion.LOCATION, "zuil-1"))
        .as("already in quarantine")
        .isFalse();
    assertThat(backend.quarantine().release(TestRegion.REGION, TestRegion.LOCATION, "zuil-2"))
        .as("never in quarantine")
        .isFalse();
  }

  private long novemberVisits() {
    Cube cube =
        backend
            .stats()
            .cube(
                new StatsQuery(
                    TestRegion.REGION,
                    Period.month(LocalDate.of(2026, 11, 1)),
                    List.of(TestRegion.LOCATION),
                    Optional.empty(),
                    Set.of()));
    return cube.byLocationAndDay().stream().mapToLong(Cube.DayCount::visits).sum();
  }

  private void send(Device kiosk, String... buckets) {
    backend
        .ingest()
        .receive(
            kiosk,
            new BucketBatch(
                kiosk.locationCode(),
                kiosk.kioskCode(),
                "5f3a9c",
                List.of(buckets).stream().map(IngestLogAndQuarantineContract::parse).toList()));
  }

  /** A bucket as "date hour visits revision", answered and without a partner. */
  private static String bucket(String date, int hour, int visits, long revision) {
    return date + " " + hour + " " + visits + " " + revision;
  }

  private static WireBucket parse(String bucket) {
    String[] parts = bucket.split(" ");
    List<Integer> none = Collections.nCopies(HistogramBins.BINS, 0);
    return new WireBucket(
        parts[0],
        Integer.parseInt(parts[1]),
        "find_work",
        "benefit",
        "answered",
        "-",
        Integer.parseInt(parts[2]),
        0,
        none,
        none,
        Long.parseLong(parts[3]),
        0,
        null,
        null,
        null,
        null);
  }
}
