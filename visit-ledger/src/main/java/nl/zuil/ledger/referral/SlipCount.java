package nl.zuil.ledger.referral;

/**
 * Referral slips printed in one ISO week for one partner and question type.
 *
 * @param isoWeek like {@code 2026-W49}
 * @param revision this row's latest change, unique within the ledger's slip counts
 */
public record SlipCount(
    String isoWeek, String partnerCode, String questionCode, int issued, long revision) {}
