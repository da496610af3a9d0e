package nl.zuil.backend.stats;

/** How a published count appears: as itself, as "< 5", or hidden to protect a small one. */
public enum Visibility {
  /** Shown as the exact count (which is 0 or at least the threshold). */
  SHOWN,
  /** A count from 1 to threshold − 1: shown as "< 5" (primary suppression). */
  SMALL,
  /**
   * A count of at least the threshold, hidden so that no small count can be worked out from the
   * totals (secondary suppression): shown as "x".
   */
  HIDDEN
}
