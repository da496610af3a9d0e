package nl.zuil.backend.signin.totp;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import nl.zuil.backend.store.Database;
import org.bouncycastle.util.encoders.Base32;

/**
 * TOTP (RFC 6238: 30-second steps, six digits, HMAC-SHA1, what every authenticator app reads) as a
 * second factor on password accounts, with recovery codes (decision 0215). A secret is switched on
 * only after a first code from the phone matched, so a failed enrolment locks nobody out; each code
 * and each recovery code is accepted once. The codes come from java-otp, not our own HMAC.
 */
public final class SecondFactor {

  /** Codes of the step before and after now are accepted too: phone clocks drift. */
  static final int STEPS_EITHER_SIDE = 1;

  private static final Duration STEP = Duration.ofSeconds(30);
  private static final int SECRET_BYTES = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final TotpStore store;
  private final SecretSeal seal;
  private final Clock clock;
  private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();

  public SecondFactor(Database database, SecretSeal seal, Clock clock) {
    this.store = new TotpStore(database);
    this.seal = seal;
    this.clock = clock;
  }

  /** Whether the account signs in with a code after its password. */
  public boolean enabled(String username) {
    return store.find(username).map(TotpStore.Stored::enabled).orElse(false);
  }

  /**
   * A fresh secret for the account, not yet switched on; empty when the account has one switched on
   * already (turning it off or replacing it is IT beheer's job, not a signed-in session's).
   */
  public Optional<TotpSetup> begin(String username, String issuer) {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    if (!store.begin(username, seal.seal(username, secret))) {
      return Optional.empty();
    }
    return Optional.of(setup(username, issuer, secret));
  }

  /** The enrolment begun and not yet confirmed, shown again after a wrong first code. */
  public Optional<TotpSetup> unfinished(String username, String issuer) {
    return store
        .find(username)
        .filter(s -> !s.enabled())
        .flatMap(s -> seal.open(username, s.sealedSecret()))
        .map(secret -> setup(username, issuer, secret));
  }

  private static TotpSetup setup(String username, String issuer, byte[] secret) {
    String base32 = Base32.toBase32String(secret).replace("=", "");
    String label = url(issuer) + ":" + url(username);
    String uri =
        "otpauth://totp/"
            + label
            + "?secret="
            + base32
            + "&issuer="
            + url(issuer)
            + "&algorithm=SHA1&digits=6&period=30";
    return new TotpSetup(uri, base32, QrImage.dataUri(uri));
  }

  /**
   * Switches the factor on when {@code code} matches the secret being enrolled; returns the
   * recovery codes, to be shown once.
   */
  public Optional<List<String>> confirm(String username, String code) {
    Optional<TotpStore.Stored> stored = store.find(username).filter(s -> !s.enabled());
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    Optional<Long> step = matchingStep(username, stored.get(), code);
    if (step.isEmpty()) {
      return Optional.empty();
    }
    List<String> codes = RecoveryCodes.fresh();
    List<String> hashes = codes.stream().map(RecoveryCodes::hash).toList();
    return store.enable(username, step.get(), hashes, clock.millis())
        ? Optional.of(codes)
        : Optional.empty();
  }

  /** Whether {@code code} (six digits, or an unused recovery code) is right; uses it up. */
  public boolean verify(String username, String code) {
    Optional<TotpStore.Stored> stored = store.find(username).filter(TotpStore.Stored::enabled);
    if (stored.isEmpty() || code == null) {
      return false;
    }
    if (RecoveryCodes.looksLikeOne(code)) {
      return store.useRecoveryCode(username, RecoveryCodes.hash(code), clock.millis());
    }
    return matchingStep(username, stored.get(), code)
        .map(step -> store.takeStep(username, step))
        .orElse(false);
  }

  public int unusedRecoveryCodes(String username) {
    return store.unusedRecoveryCodes(username);
  }

  private Optional<Long> matchingStep(String username, TotpStore.Stored stored, String code) {
    String digits = code == null ? "" : code.replaceAll("\\s", "");
    if (!digits.matches("\\d{6}")) {
      return Optional.empty();
    }
    Optional<byte[]> secret = seal.open(username, stored.sealedSecret());
    if (secret.isEmpty()) {
      return Optional.empty();
    }
    SecretKeySpec key = new SecretKeySpec(secret.get(), totp.getAlgorithm());
    long now = clock.instant().getEpochSecond() / STEP.toSeconds();
    for (long step = now - STEPS_EITHER_SIDE; step <= now + STEPS_EITHER_SIDE; step++) {
      if (step > stored.lastStep() && digits.equals(codeAt(key, step))) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  private String codeAt(SecretKeySpec key, long step) {
    try {
      return totp.generateOneTimePasswordString(
          key, Instant.ofEpochSecond(step * STEP.toSeconds()));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("an HMAC key of 20 bytes is always valid", e);
    }
  }

  private static String url(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
