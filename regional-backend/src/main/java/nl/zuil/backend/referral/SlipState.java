package nl.zuil.backend.referral;

/** Where a slip's link stands. */
public enum SlipState {
  /** Signed by its location's key, in its validity, not used yet: the partner may confirm. */
  OPEN,
  /** Already confirmed once; confirming again counts nothing. */
  USED,
  /** Older than the validity period: its token may be forgotten, so it counts nothing. */
  EXPIRED,
  /** Not a slip of this region: guessed, made up, altered or misshapen. */
  UNKNOWN
}
