package nl.zuil.backend.enrolment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.region.Regions;
import nl.zuil.catalogue.Codes;

/**
 * Enrolment of kiosks: an installer gets a one-time code for one kiosk at one inlooppunt, the kiosk
 * exchanges it for its own credential, and from then on every request carries that credential.
 * Codes and credentials are stored only as hashes (decision 0202).
 */
public final class Enrolment {

  /** Device credentials look like {@code zd1.<device id>.<secret>}. */
  private static final String CREDENTIAL_PREFIX = "zd1.";

  private final DeviceStore store;
  private final Regions regions;
  private final Clock clock;

  public Enrolment(DeviceStore store, Regions regions, Clock clock) {
    this.store = store;
    this.regions = regions;
    this.clock = clock;
  }

  /**
   * Creates a one-time code for the kiosk {@code kioskCode} at an existing location. The kiosk's
   * open code, if any, stops working: one kiosk never has two codes that work. Using the code
   * revokes the kiosk's active credentials; ask {@link #wouldRevoke} first to say so.
   *
   * @throws IllegalArgumentException for an unknown location or a malformed kiosk code
   */
  public IssuedCode createCode(
      String regionCode, String locationCode, String kioskCode, Duration validity) {
    Codes.requireSlug("kiosk code", kioskCode);
    if (!regions.locationExists(regionCode, locationCode)) {
      throw new IllegalArgumentException(
          "region " + regionCode + " has no location " + locationCode + "; add it first");
    }
    if (validity.isNegative() || validity.isZero() || validity.compareTo(Duration.ofDays(30)) > 0) {
      throw new IllegalArgumentException("a code is valid for more than 0 and at most 30 days");
    }
    String code = Secrets.enrolmentCode();
    Instant now = clock.instant();
    Instant expires = now.plus(validity);
    store.saveCode(
        codeHash(code),
        regionCode,
        locationCode,
        kioskCode,
        now.toEpochMilli(),
        expires.toEpochMilli());
    return new IssuedCode(code, regionCode, locationCode, kioskCode, expires);
  }

  /** The region's codes that can still be used, with their expiry. */
  public List<OpenCode> openCodes(String regionCode) {
    return store.openCodes(regionCode, clock.millis());
  }

  /**
   * Voids the kiosk's open code.
   *
   * @return false when the kiosk had no code that could still be used
   */
  public boolean revokeCode(String regionCode, String locationCode, String kioskCode) {
    return store.revokeCode(regionCode, locationCode, kioskCode, clock.millis());
  }

  /** The credentials that using a new code for this kiosk will revoke; empty for a new kiosk. */
  public List<ActiveDevice> wouldRevoke(String regionCode, String locationCode, String kioskCode) {
    return store.activeDevices(regionCode, locationCode, kioskCode);
  }

  /** Exchanges a code for a device credential; empty when the code is unknown, used or expired. */
  public Optional<EnrolledDevice> enrol(String code) {
    String deviceId = "d" + HexFormat.of().formatHex(Secrets.randomBytes(8));
    String secret = Secrets.base64Url(Secrets.randomBytes(32));
    byte[] salt = Secrets.randomBytes(16);
    DeviceStore.NewCredential credential =
        new DeviceStore.NewCredential(
            deviceId, HexFormat.of().formatHex(salt), Secrets.sha256Hex(salt, secret));
    return store
        .redeem(codeHash(code), clock.millis(), credential)
        .map(device -> new EnrolledDevice(device, CREDENTIAL_PREFIX + deviceId + "." + secret));
  }

  /** The device a credential belongs to, if it is valid and not revoked. */
  public Optional<Device> authenticate(String credential) {
    if (credential == null || !credential.startsWith(CREDENTIAL_PREFIX)) {
      return Optional.empty();
    }
    String rest = credential.substring(CREDENTIAL_PREFIX.length());
    int dot = rest.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String deviceId = rest.substring(0, dot);
    String secret = rest.substring(dot + 1);
    return store
        .activeDevice(deviceId)
        .filter(
            stored ->
                Secrets.sameHex(
                    stored.hash(),
                    Secrets.sha256Hex(HexFormat.of().parseHex(stored.salt()), secret)))
        .map(DeviceStore.StoredDevice::device);
  }

  // Unsalted on purpose: the code must be found by its hash, and its ~99 random bits and short
  // life leave nothing to precompute.
  private static String codeHash(String code) {
    return Secrets.sha256Hex(new byte[0], Secrets.normaliseCode(code));
  }
}
