package nl.zuil.regionapi;

/**
 * Answer to a health report.
 *
 * @param clockOffsetMillis the kiosk's {@code reportedAt} minus the backend's clock on arrival
 */
public record HealthReceipt(String serverTime, long clockOffsetMillis) {}
