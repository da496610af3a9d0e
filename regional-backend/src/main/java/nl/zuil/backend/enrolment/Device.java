package nl.zuil.backend.enrolment;

/** An enrolled kiosk as the backend knows it after checking its credential. */
public record Device(String id, String regionCode, String locationCode, String kioskCode) {}
