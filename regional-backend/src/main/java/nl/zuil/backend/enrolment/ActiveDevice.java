package nl.zuil.backend.enrolment;

import java.time.Instant;

/** A kiosk's credential that works now; enrolling the kiosk again revokes it. */
public record ActiveDevice(
    String deviceId, String locationCode, String kioskCode, Instant enrolledAt) {}
