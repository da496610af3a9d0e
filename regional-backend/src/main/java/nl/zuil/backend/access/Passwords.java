package nl.zuil.backend.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (RFC 9106) in the PHC string format that other tools read too: {@code
 * $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}. The parameters travel with each hash, so they can
 * be raised later without invalidating existing accounts (decision 0701).
 */
public final class Passwords {

  /** OWASP's recommended minimum for Argon2id: 19 MiB, 2 passes, 1 lane. */
  public static final Parameters DEFAULT = new Parameters(19 * 1024, 2, 1);

  public static final int MIN_LENGTH = 12;

  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Parameters parameters;

  /**
   * @param memoryKib memory in KiB, {@code iterations} passes, {@code parallelism} lanes
   */
  public record Parameters(int memoryKib, int iterations, int parallelism) {}

  public Passwords(Parameters parameters) {
    this.parameters = parameters;
  }

  /** A new hash with a fresh random salt. */
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, salt, parameters, HASH_BYTES);
    return "$argon2id$v=19$m="
        + parameters.memoryKib()
        + ",t="
        + parameters.iterations()
        + ",p="
        + parameters.parallelism()
        + "$"
        + ENCODER.encodeToString(salt)
        + "$"
        + ENCODER.encodeToString(hash);
  }

  /** Whether {@code password} matches {@code stored}; false for anything not a valid hash. */
  public boolean matches(char[] password, String stored) {
    Matcher m = PHC.matcher(stored == null ? "" : stored);
    if (!m.matches()) {
      return false;
    }
    Parameters stored_ =
        new Parameters(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
    byte[] salt = Base64.getDecoder().decode(m.group(4));
    byte[] expected = Base64.getDecoder().decode(m.group(5));
    byte[] actual = derive(password, salt, stored_, expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /**
   * Spends the same time as checking a real account, so a login for an unknown name cannot be told
   * apart by how long it takes.
   */
  public void burn(char[] password) {
    derive(password, new byte[SALT_BYTES], parameters, HASH_BYTES);
  }

  private static byte[] derive(char[] password, byte[] salt, Parameters p, int length) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(p.memoryKib())
            .withIterations(p.iterations())
            .withParallelism(p.parallelism())
            .withSalt(salt)
            .build());
    byte[] bytes = toUtf8(password);
    byte[] out = new byte[length];
    try {
      generator.generateBytes(bytes, out);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
    return out;
  }

  private static byte[] toUtf8(char[] password) {
    java.nio.ByteBuffer buffer = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    if (buffer.hasArray()) {
      Arrays.fill(buffer.array(), (byte) 0);
    }
    return bytes;
  }
}
