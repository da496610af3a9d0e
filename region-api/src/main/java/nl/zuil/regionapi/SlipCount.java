package nl.zuil.regionapi;

/**
 * How many referral slips a kiosk printed for one partner and question type in one ISO week
 * (decision 1053): a count, never a slip.
 *
 * @param isoWeek like {@code 2026-W49}
 * @param issued the total so far, not an increment: a resend replaces
 * @param revision grows with every change of this kiosk ledger's slip counts
 */
public record SlipCount(
    String isoWeek, String partner, String question, int issued, long revision) {}
