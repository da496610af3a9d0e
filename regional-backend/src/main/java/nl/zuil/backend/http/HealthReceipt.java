package nl.zuil.backend.http;

/** Answer to a health report. */
public record HealthReceipt(String serverTime, long clockOffsetMillis) {}
