package nl.zuil.backend.enrolment;

import java.util.Optional;

/** Where enrolment codes and device credentials are kept; only hashes of either. */
public interface DeviceStore {

  void saveCode(
      String codeHash,
      String regionCode,
      String locationCode,
      String kioskCode,
      long createdAtMs,
      long expiresAtMs);

  /**
   * Uses an enrolment code and enrols a device in one step: marks the code used, revokes earlier
   * devices of the same kiosk and stores the new device. Nothing changes when the code is unknown,
   * used or expired.
   *
   * @return the new device, or empty when the code cannot be used
   */
  Optional<Device> redeem(String codeHash, long nowMs, NewCredential credential);

  /** The device with this id unless it was revoked, with its credential's salt and hash. */
  Optional<StoredDevice> activeDevice(String deviceId);

  record NewCredential(String deviceId, String salt, String hash) {}

  record StoredDevice(Device device, String salt, String hash) {}
}
