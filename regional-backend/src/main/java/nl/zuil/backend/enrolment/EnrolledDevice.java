package nl.zuil.backend.enrolment;

/**
 * What an enrolment hands the kiosk, once: the credential is never stored in this form and cannot
 * be asked for again.
 */
public record EnrolledDevice(Device device, String credential) {}
