package nl.zuil.regionapi;

/**
 * The body of every 4xx and 5xx answer: a stable code for programs and a reason for people.
 *
 * @param error e.g. invalid, unauthenticated, not_your_kiosk, enrolment_refused
 */
public record ApiError(String error, String reason) {}
