package nl.zuil.backend.http;

/** The body of every 4xx and 5xx answer: a stable code for programs and a reason for people. */
public record ApiError(String error, String reason) {}
