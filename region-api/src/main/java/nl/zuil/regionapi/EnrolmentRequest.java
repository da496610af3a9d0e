package nl.zuil.regionapi;

/**
 * Body of {@code POST /api/v1/enrolments}.
 *
 * @param enrolmentCode as shown to the installer; case, spaces and dashes do not matter
 */
public record EnrolmentRequest(String enrolmentCode) {}
