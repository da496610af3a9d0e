package nl.zuil.backend.referral;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys kiosks sign their referral slips' links with: one per location, derived from a random
 * secret the region's backend makes once and never hands out (decision 1053). A kiosk learns only
 * its own location's key, so a stolen kiosk can forge slips for its own location at worst.
 */
final class SlipKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SlipKeys() {}

  /** The location's key, making the region's secret first if it has none. */
  static byte[] key(Connection c, String regionCode, String locationCode) throws SQLException {
    return derive(secret(c, regionCode), locationCode);
  }

  private static byte[] secret(Connection c, String regionCode) throws SQLException {
    byte[] fresh = new byte[32];
    RANDOM.nextBytes(fresh);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO referral_secret (region_code, secret) VALUES (?, ?)"
                + " ON CONFLICT (region_code) DO NOTHING")) {
      insert.setString(1, regionCode);
      insert.setString(2, Base64.getEncoder().encodeToString(fresh));
      insert.executeUpdate();
    }
    try (PreparedStatement query =
        c.prepareStatement("SELECT secret FROM referral_secret WHERE region_code = ?")) {
      query.setString(1, regionCode);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return Base64.getDecoder().decode(row.getString(1));
      }
    }
  }

  static byte[] derive(byte[] secret, String locationCode) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return hmac.doFinal(("zuil-slip-key-v1\n" + locationCode).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
