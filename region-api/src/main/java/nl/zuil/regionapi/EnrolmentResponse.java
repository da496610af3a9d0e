package nl.zuil.regionapi;

/**
 * Answer to a successful enrolment; the credential is shown this once and never appears in {@link
 * #toString()}.
 *
 * @param credential sent as {@code Authorization: Bearer <credential>} from then on
 */
public record EnrolmentResponse(
    String deviceId, String credential, String regionCode, String locationCode, String kioskCode) {

  @Override
  public String toString() {
    return "EnrolmentResponse[device="
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
