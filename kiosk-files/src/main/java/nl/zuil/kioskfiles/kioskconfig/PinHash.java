package nl.zuil.kioskfiles.kioskconfig;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A staff PIN as stored in the kiosk config: PBKDF2-HMAC-SHA256 with a random salt, written as
 * {@code pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>}. Anyone who can read the config
 * file still has to try PINs one slow hash at a time.
 */
public final class PinHash {

  public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  public static final int DEFAULT_ITERATIONS = 600_000;

  /** Fewer iterations than this make trying every PIN of a stolen config file cheap. */
  public static final int MIN_ITERATIONS = 100_000;

  public static final Pattern PIN = Pattern.compile("[0-9]{4,8}");

  private static final Pattern FORMAT =
      Pattern.compile(
          "pbkdf2-sha256\\$([0-9]{1,9})\\$([A-Za-z0-9+/=]{16,})\\$([A-Za-z0-9+/=]{32,})");
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;

  private PinHash(int iterations, byte[] salt, byte[] hash) {
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
  }

  /**
   * @throws IllegalArgumentException with a message fit for the operator when {@code stored} is not
   *     a PIN hash of this form
   */
  public static PinHash parse(String stored) {
    Matcher parts = FORMAT.matcher(stored == null ? "" : stored);
    if (!parts.matches()) {
      throw new IllegalArgumentException(
          "is not a PIN hash of the form pbkdf2-sha256$<iterations>$<salt>$<hash>");
    }
    int iterations = Integer.parseInt(parts.group(1));
    if (iterations < MIN_ITERATIONS) {
      throw new IllegalArgumentException(
          "uses " + iterations + " iterations; at least " + MIN_ITERATIONS + " are required");
    }
    try {
      Base64.Decoder base64 = Base64.getDecoder();
      return new PinHash(iterations, base64.decode(parts.group(2)), base64.decode(parts.group(3)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("has a salt or hash that is not valid base64", e);
    }
  }

  /** Hashes a new PIN of 4 to 8 digits with a fresh salt. */
  public static PinHash create(char[] pin, int iterations) {
    if (!PIN.matcher(new String(pin)).matches()) {
      throw new IllegalArgumentException("a PIN is 4 to 8 digits");
    }
    if (iterations < MIN_ITERATIONS) {
      throw new IllegalArgumentException("at least " + MIN_ITERATIONS + " iterations");
    }
    byte[] salt = new byte[SALT_BYTES];
    new SecureRandom().nextBytes(salt);
    return new PinHash(iterations, salt, derive(pin, salt, iterations));
  }

  /** Takes as long as the stored iterations say: call it off the JavaFX thread. */
  public boolean matches(char[] pin) {
    return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
  }

  public String encoded() {
    Base64.Encoder base64 = Base64.getEncoder();
    return "pbkdf2-sha256$"
        + iterations
        + "$"
        + base64.encodeToString(salt)
        + "$"
        + base64.encodeToString(hash);
  }

  private static byte[] derive(char[] pin, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every JDK 17", e);
    } finally {
      spec.clearPassword();
    }
  }

  @Override
  public String toString() {
    return "PinHash[pbkdf2-sha256, " + iterations + " iterations]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PinHash that
        && iterations == that.iterations
        && Arrays.equals(salt, that.salt)
        && Arrays.equals(hash, that.hash);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(hash);
  }
}
