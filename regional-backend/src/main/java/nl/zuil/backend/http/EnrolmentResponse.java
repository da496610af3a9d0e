package nl.zuil.backend.http;

/** Answer to a successful enrolment; the credential is shown this once. */
public record EnrolmentResponse(
    String deviceId, String credential, String regionCode, String locationCode, String kioskCode) {}
