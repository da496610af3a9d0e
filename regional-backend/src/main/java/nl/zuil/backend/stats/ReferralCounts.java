package nl.zuil.backend.stats;

/**
 * Slips issued and arrivals confirmed for one referring location, partner, question type and ISO
 * week: what the region's statistics draw from (decision 1054).
 *
 * @param issued slips the kiosks printed, as their agents reported them (0 until they have)
 * @param arrived arrivals partners confirmed
 */
public record ReferralCounts(
    String locationCode,
    String partnerCode,
    String questionCode,
    String isoWeek,
    long issued,
    long arrived,
    long helped,
    long notForUs) {}
