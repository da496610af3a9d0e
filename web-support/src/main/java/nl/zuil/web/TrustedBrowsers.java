package nl.zuil.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Browsers that logged in before (OWASP's "device cookies"): after a right password or PIN the
 * browser gets a cookie, signed by the server, that names it and whom it logged in as. A login from
 * such a browser for the same person is throttled on its own, so an attacker who sprays wrong
 * passwords from anywhere else uses up the budget of unknown browsers, and the real user still gets
 * in. Nobody can make such a cookie without the server's key, and nothing about it is stored.
 */
public final class TrustedBrowsers {

  /** 128 random bits name a browser; the throttle counts per name. */
  private static final int ID_BYTES = 16;

  private static final String MAC = "HmacSHA256";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  private final SecretKeySpec key;
  private final Clock clock;
  private final Duration lasting;

  /**
   * @param key at least 32 secret bytes; whoever holds it can make trusted cookies
   * @param lasting how long a cookie is trusted after the login that issued it
   */
  public TrustedBrowsers(byte[] key, Clock clock, Duration lasting) {
    if (key.length < 32) {
      throw new IllegalArgumentException("a browser key needs at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), MAC);
    this.clock = clock;
    this.lasting = lasting;
  }

  /** A fresh random key, for a server whose trust may end with the process. */
  public static byte[] newKey() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  public Duration lasting() {
    return lasting;
  }

  /** The cookie value for a browser that just logged in as {@code subject}. */
  public String issue(String subject) {
    ByteBuffer payload = ByteBuffer.allocate(ID_BYTES + Long.BYTES);
    byte[] id = new byte[ID_BYTES];
    RANDOM.nextBytes(id);
    payload.put(id).putLong(clock.instant().getEpochSecond());
    byte[] bytes = payload.array();
    return ENCODE.encodeToString(bytes) + "." + ENCODE.encodeToString(sign(subject, bytes));
  }

  /**
   * The browser's name, when {@code cookie} is one this server issued for {@code subject} and it
   * has not run out; empty for anything else, a cookie for someone else included.
   */
  public Optional<String> recognise(String cookie, String subject) {
    if (cookie == null || subject == null) {
      return Optional.empty();
    }
    int dot = cookie.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    byte[] payload;
    byte[] signature;
    try {
      payload = DECODE.decode(cookie.substring(0, dot));
      signature = DECODE.decode(cookie.substring(dot + 1));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    if (payload.length != ID_BYTES + Long.BYTES
        || !MessageDigest.isEqual(sign(subject, payload), signature)) {
      return Optional.empty();
    }
    Instant issued =
        Instant.ofEpochSecond(ByteBuffer.wrap(payload, ID_BYTES, Long.BYTES).getLong());
    Instant now = clock.instant();
    if (issued.isAfter(now.plusSeconds(60)) || !now.isBefore(issued.plus(lasting))) {
      return Optional.empty();
    }
    return Optional.of(ENCODE.encodeToString(Arrays.copyOf(payload, ID_BYTES)));
  }

  private byte[] sign(String subject, byte[] payload) {
    try {
      Mac mac = Mac.getInstance(MAC);
      mac.init(key);
      mac.update(subject.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
