package nl.zuil.backend.audit;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEntry(
    Instant at, String username, String role, AuditAction action, String target) {}
