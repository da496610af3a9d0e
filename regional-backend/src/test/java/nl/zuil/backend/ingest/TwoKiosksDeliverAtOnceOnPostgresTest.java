package nl.zuil.backend.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TestRegion;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.http.Backend;
import nl.zuil.catalogue.Codes;
import nl.zuil.regionapi.HistogramBins;
import nl.zuil.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two kiosks of one region delivering to the same month at the same moment each store their buckets
 * without waiting for the other's commit (decision 0709): each raises the statistics revision of
 * its own kiosk. PostgreSQL only: SQLite has one writer at a time anyway.
 */
class TwoKiosksDeliverAtOnceOnPostgresTest {

  private static final String REGION = TestRegion.REGION;

  @TempDir Path dir;
  private TestDatabase database;
  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private final CompletableFuture<Void> commit = new CompletableFuture<>();

  @BeforeEach
  void open() {
    database = TestDatabase.open(TestDatabase.Kind.POSTGRESQL, dir);
    TestRegion.seed(Backend.over(database.database(), TestClock.at("2026-11-23T12:00")));
  }

  @AfterEach
  void close() {
    // Lets the held transaction end even when the second delivery did wait for it.
    commit.complete(null);
    threads.shutdownNow();
    database.close();
  }

  @Test
  void aDeliveryDoesNotWaitForAnotherKiosksUncommittedOne() throws Exception {
    JdbcBucketStore store = new JdbcBucketStore(database.database());
    Device first = new Device("d1", REGION, TestRegion.LOCATION, "zuil-1");
    Device second = new Device("d2", REGION, TestRegion.LOCATION, "zuil-2");
    CountDownLatch stored = new CountDownLatch(1);
    Future<?> open =
        threads.submit(
            () ->
                database
                    .database()
                    .inTransaction(
                        c -> {
                          store.upsert(first, "a1", List.of(bucket(1)), 0);
                          stored.countDown();
                          commit.join();
                          return null;
                        }));
    stored.await();

    // Before decision 0709 this waited on the region's row for November until the first
    // delivery committed, which here it never does before the second is back.
    Applied applied =
        threads
            .submit(() -> store.upsert(second, "b2", List.of(bucket(1)), 0))
            .get(30, TimeUnit.SECONDS);
    commit.complete(null);
    open.get();

    assertThat(applied.buckets()).isEqualTo(1);
    // Both raised November: the month's revision is the sum of the kiosks' rows.
    Map<YearMonth, String> revisions =
        database
            .database()
            .inTransaction(
                c ->
                    DataRevision.of(
                        c, REGION, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
    assertThat(revisions).containsEntry(YearMonth.of(2026, 11), "0:2");
  }

  private static BucketCounts bucket(long revision) {
    return new BucketCounts(
        LocalDate.of(2026, 11, 20),
        10,
        "find_work",
        "benefit",
        "answered",
        Codes.NONE,
        3,
        0,
        new int[HistogramBins.BINS],
        new int[HistogramBins.BINS],
        revision,
        0,
        3,
        RatingCounts.NONE);
  }
}
