package nl.zuil.backend.http;

/** Body of {@code POST /api/v1/enrolments}. */
public record EnrolmentRequest(String enrolmentCode) {}
