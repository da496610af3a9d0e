package nl.zuil.backend.access;

/**
 * A logged-in member of staff as a page sees the session: who, and the token every form that
 * changes something carries. The cookie value is not in it.
 */
public record StaffSession(StaffUser user, String csrfToken) {}
