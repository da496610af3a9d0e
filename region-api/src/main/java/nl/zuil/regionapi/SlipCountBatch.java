package nl.zuil.regionapi;

import java.util.List;

/**
 * Body of {@code POST /api/v1/referral-slips}: the slip counts of one kiosk ledger. A separate
 * request beside the buckets, so that an agent of an earlier release, which never sends one, keeps
 * syncing unchanged.
 *
 * @param ledgerId which of the kiosk's ledgers the revisions count in (hex, decision 0205)
 */
public record SlipCountBatch(
    String locationCode, String kioskCode, String ledgerId, List<SlipCount> slipCounts) {}
