package nl.zuil.regionapi;

/**
 * Answer to {@code GET /api/v1/referral-key}: what a kiosk needs to print referral slips whose
 * links the region accepts (decision 1053).
 *
 * @param locationCode the location the key signs for: the kiosk's own
 * @param key the location's slip key, 32 bytes in base64; a secret like the device credential
 * @param confirmUrl the backend's public address partners open the slip's link at
 */
public record SlipKey(String locationCode, String key, String confirmUrl) {}
