package nl.zuil.backend.enrolment;

import java.util.List;
import java.util.Optional;

/** Where enrolment codes and device credentials are kept; only hashes of either. */
public interface DeviceStore {

  /**
   * Stores a new code for a kiosk and voids the kiosk's open code in the same transaction, so a
   * kiosk never has two codes that work.
   */
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

  /** The region's codes that are neither used nor expired at {@code nowMs}, by location, kiosk. */
  List<OpenCode> openCodes(String regionCode, long nowMs);

  /**
   * Voids the kiosk's unused codes.
   *
   * @return whether one of them could still have been used at {@code nowMs}
   */
  boolean revokeCode(String regionCode, String locationCode, String kioskCode, long nowMs);

  /** The kiosk's credentials that are not revoked: what using a new code for it would revoke. */
  List<ActiveDevice> activeDevices(String regionCode, String locationCode, String kioskCode);

  /** The device with this id unless it was revoked, with its credential's salt and hash. */
  Optional<StoredDevice> activeDevice(String deviceId);

  record NewCredential(String deviceId, String salt, String hash) {}

  record StoredDevice(Device device, String salt, String hash) {}
}
