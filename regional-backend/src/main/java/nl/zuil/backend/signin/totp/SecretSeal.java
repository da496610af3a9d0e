package nl.zuil.backend.signin.totp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals TOTP secrets with AES-256-GCM under a key read from a file, so the database alone (a dump,
 * a backup) does not give them away (decision 0215). The account name is bound in as associated
 * data: a sealed secret copied to another account's row does not open.
 */
public final class SecretSeal {

  private static final String PREFIX = "v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;

  private SecretSeal(SecretKey key) {
    this.key = key;
  }

  /**
   * The key in {@code file}: 32 random bytes written in Base64 ({@code head -c 32 /dev/urandom |
   * base64}).
   *
   * @throws IllegalArgumentException when the file does not hold such a key
   */
  public static SecretSeal fromFile(Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + " does not hold a Base64 key", e);
    }
    return of(bytes);
  }

  static SecretSeal of(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("the TOTP key must be 32 bytes, not " + key.length);
    }
    return new SecretSeal(new SecretKeySpec(key, "AES"));
  }

  String seal(String username, byte[] secret) {
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(secret);
      byte[] out = new byte[iv.length + sealed.length];
      System.arraycopy(iv, 0, out, 0, iv.length);
      System.arraycopy(sealed, 0, out, iv.length, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  /** The secret, or empty when it was sealed under another key or for another account. */
  Optional<byte[]> open(String username, String sealed) {
    if (sealed == null || !sealed.startsWith(PREFIX)) {
      return Optional.empty();
    }
    try {
      byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
      if (in.length <= IV_BYTES) {
        return Optional.empty();
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
      cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
      return Optional.of(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
