package nl.zuil.backend.stats;

/** Adds up buckets for the dashboard. */
public interface StatsStore {

  /**
   * The sums behind a dashboard, from one consistent snapshot of the buckets (a kiosk syncing in
   * the middle must not make two charts disagree on the total).
   */
  Cube cube(StatsQuery query);
}
