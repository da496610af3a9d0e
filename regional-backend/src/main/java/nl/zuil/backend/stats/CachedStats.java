package nl.zuil.backend.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.zuil.backend.ingest.DataRevision;
import nl.zuil.backend.store.Database;

/**
 * The sums of recent selections, kept per (selection, region's data revision) (decision 0708). A
 * dashboard page asks for the same sums once for the page and once per chart and export, and many
 * staff look at the same region's month or year; only a write that raises the revision makes them
 * be added up again. Requests for a selection that is being added up wait for that one run instead
 * of starting their own.
 *
 * <p>The revision is read before the sums, and the bucket writes raise it in their own transaction,
 * so an entry never holds figures older than its revision; at worst it holds newer ones, which the
 * next revision replaces.
 */
public final class CachedStats implements StatsStore {

  /** Enough for the selections staff of a few regions look at in one working hour. */
  public static final int DEFAULT_ENTRIES = 64;

  private record Key(StatsQuery query, long revision) {}

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
    Key key = new Key(query, database.inTransaction(c -> DataRevision.of(c, query.regionCode())));
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
