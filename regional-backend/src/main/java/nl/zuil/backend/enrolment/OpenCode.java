package nl.zuil.backend.enrolment;

import java.time.Instant;

/**
 * An enrolment code that can still be used: made, not used, not expired. The code itself is not
 * kept (only its hash), so this names the kiosk it is for; a kiosk has at most one.
 */
public record OpenCode(
    String locationCode, String kioskCode, Instant createdAt, Instant expiresAt) {}
