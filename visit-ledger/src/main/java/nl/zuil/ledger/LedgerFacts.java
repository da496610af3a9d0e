package nl.zuil.ledger;

import java.time.Instant;
import java.util.Optional;

/**
 * What a health report may say about a ledger: sizes and times, never a visit.
 *
 * @param lastVisitAt when the most recent ticket was issued, if any is still stored
 */
public record LedgerFacts(
    long fileBytes, long storedVisits, Optional<Instant> lastVisitAt, long latestRevision) {}
