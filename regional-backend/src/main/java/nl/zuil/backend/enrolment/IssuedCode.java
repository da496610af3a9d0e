package nl.zuil.backend.enrolment;

import java.time.Instant;

/** A fresh enrolment code; shown once to the installer, stored only as a hash. */
public record IssuedCode(
    String code, String regionCode, String locationCode, String kioskCode, Instant expiresAt) {}
