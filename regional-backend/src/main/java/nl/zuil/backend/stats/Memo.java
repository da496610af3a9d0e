package nl.zuil.backend.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Values kept by key up to a total weight, the least recently used going first. Keys that another
 * request is computing are waited for, not computed again: a dashboard page's charts ask for the
 * same sums at the same moment.
 */
final class Memo<K, V> {

  private final long capacity;
  private final ToLongFunction<V> weight;
  private final LinkedHashMap<K, CompletableFuture<V>> entries =
      new LinkedHashMap<>(16, 0.75f, true);
  private final Map<K, Long> weights = new HashMap<>();
  private long total;

  /**
   * @param capacity the total weight kept
   * @param weight a value's weight, about its size
   */
  Memo(long capacity, ToLongFunction<V> weight) {
    this.capacity = capacity;
    this.weight = weight;
  }

  /**
   * The values of {@code keys}, in their order.
   *
   * @param compute computes the values of the keys it is given (those nobody has yet), all of them
   */
  List<V> get(List<K> keys, Function<List<K>, Map<K, V>> compute) {
    List<CompletableFuture<V>> futures = new ArrayList<>();
    Map<K, CompletableFuture<V>> mine = new LinkedHashMap<>();
    synchronized (entries) {
      for (K key : keys) {
        CompletableFuture<V> future = entries.get(key);
        if (future == null) {
          future = mine.computeIfAbsent(key, k -> new CompletableFuture<>());
          entries.put(key, future);
        }
        futures.add(future);
      }
    }
    if (!mine.isEmpty()) {
      try {
        Map<K, V> computed = compute.apply(List.copyOf(mine.keySet()));
        mine.forEach((key, future) -> future.complete(computed.get(key)));
        keep(mine);
      } catch (RuntimeException e) {
        synchronized (entries) {
          mine.forEach(entries::remove);
        }
        mine.values().forEach(f -> f.completeExceptionally(e));
        throw e;
      }
    }
    List<V> values = new ArrayList<>();
    for (CompletableFuture<V> future : futures) {
      try {
        values.add(future.join());
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    return values;
  }

  /** Counts the weight of computed values still kept, and lets the eldest go beyond capacity. */
  private void keep(Map<K, CompletableFuture<V>> computed) {
    synchronized (entries) {
      computed.forEach(
          (key, future) -> {
            if (entries.get(key) == future) {
              long w = weight.applyAsLong(future.join());
              weights.put(key, w);
              total += w;
            }
          });
      Iterator<Map.Entry<K, CompletableFuture<V>>> eldest = entries.entrySet().iterator();
      while (total > capacity && eldest.hasNext()) {
        K key = eldest.next().getKey();
        eldest.remove();
        Long w = weights.remove(key);
        total -= w == null ? 0 : w;
      }
    }
  }
}
