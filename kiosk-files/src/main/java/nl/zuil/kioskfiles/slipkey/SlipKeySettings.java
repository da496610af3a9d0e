package nl.zuil.kioskfiles.slipkey;

/**
 * What the kiosk signs its referral slips' links with (decision 1053), as the sync agent fetched it
 * from the region: the location's slip key and the address partners open.
 *
 * @param key 32 bytes in base64; a secret, readable only by the kiosk's and the agent's users
 * @param confirmUrl the backend's public address, like {@code https://regio.example}
 */
public record SlipKeySettings(String locationCode, String key, String confirmUrl) {}
