package nl.zuil.backend.stats;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.zuil.backend.ingest.DataRevision;
import nl.zuil.backend.store.Database;

/**
 * The sums of recent selections, kept per (selection, data revisions of the months it reads)
 * (decision 0708). A dashboard page asks for the same sums once for the page and once per chart and
 * export, and many staff look at the same region's month or year; only a write that raises the
 * revision of a month they read (or the region-wide one) makes them be added up again: today's
 * deliveries leave last year's dashboards cached. Requests for a selection that is being added up
 * wait for that one run instead of starting their own.
 *
 * <p>The revisions are read before the sums, and bucket writes raise them in their own transaction,
 * so an entry never holds figures older than its revisions; at worst it holds newer ones, which the
 * raised revisions replace.
 */
public final class CachedStats implements StatsStore {

  /** Enough for the selections staff of a few regions look at in one working hour. */
  public static final int DEFAULT_ENTRIES = 64;

  private record Key(StatsQuery query, String revisions) {}

  private final StatsStore sums;
  private final Database database;
  private final Map<Key, CompletableFuture<Cube>> entries;

  /**
   * @param sums where the figures come from, reading the same database
   * @param capacity how many selections to keep; the least recently used goes first
   */
  public CachedStats(StatsStore sums, Database database, int capacity) {
    this.sums = sums;
    this.database = database;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<Cube>> eldest) {
            return size() > capacity;
          }
        };
  }

  @Override
  public Cube cube(StatsQuery query) {
    LocalDate from = query.period().from();
    LocalDate to = query.period().to();
    for (Period comparison : query.comparisons()) {
      from = comparison.from().isBefore(from) ? comparison.from() : from;
      to = comparison.to().isAfter(to) ? comparison.to() : to;
    }
    LocalDate first = from;
    LocalDate last = to;
    Key key =
        new Key(
            query,
            database.inTransaction(c -> DataRevision.of(c, query.regionCode(), first, last)));
    CompletableFuture<Cube> mine = new CompletableFuture<>();
    CompletableFuture<Cube> entry;
    synchronized (entries) {
      entry = entries.putIfAbsent(key, mine);
    }
    if (entry != null) {
      try {
        return entry.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    try {
      Cube cube = sums.cube(query);
      mine.complete(cube);
      return cube;
    } catch (RuntimeException e) {
      synchronized (entries) {
        entries.remove(key, mine);
      }
      mine.completeExceptionally(e);
      throw e;
    }
  }
}
