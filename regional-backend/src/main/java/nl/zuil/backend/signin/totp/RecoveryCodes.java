package nl.zuil.backend.signin.totp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes for a lost phone: {@value #COUNT} per enrolment, each 10 characters from an
 * alphabet without look-alikes (50 bits), shown once as {@code abcde-fghjk}. They are random, not
 * chosen by people, so one SHA-256 is enough to store them (no slow password hash needed).
 */
final class RecoveryCodes {

  static final int COUNT = 10;

  private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  static List<String> fresh() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      StringBuilder code = new StringBuilder();
      for (int c = 0; c < 10; c++) {
        if (c == 5) {
          code.append('-');
        }
        code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
      }
      codes.add(code.toString());
    }
    return codes;
  }

  /** The hash of a code as typed: case, spaces and the dash do not matter. */
  static String hash(String typed) {
    String normal = typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whether the text looks like a recovery code rather than a six-digit code. */
  static boolean looksLikeOne(String typed) {
    return typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "").matches("[a-z0-9]{10}");
  }
}
