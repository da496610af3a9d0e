package nl.zuil.provisioning.region;

/**
 * What the backend answered to an enrolment code: the kiosk it was made for, and its secret. The
 * secret never appears in {@link #toString()}.
 */
public record Enrolment(
    String deviceId, String secret, String regionCode, String locationCode, String kioskCode) {

  @Override
  public String toString() {
    return "Enrolment[device="
        + deviceId
        + ", kiosk="
        + kioskCode
        + " at "
        + locationCode
        + " in "
        + regionCode
        + "]";
  }
}
