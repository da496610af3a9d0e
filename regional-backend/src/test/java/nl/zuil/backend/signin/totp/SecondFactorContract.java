package nl.zuil.backend.signin.totp;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.backend.http.Backend;
import nl.zuil.testsupport.TestClock;
import org.bouncycastle.util.encoders.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TOTP on a real database of either kind: the secret is stored sealed, a first code switches it on,
 * every code and recovery code works once, and a server with another key accepts nothing.
 */
abstract class SecondFactorContract {

  private static final byte[] KEY = new byte[32];
  private static final byte[] OTHER_KEY = new byte[32];

  static {
    Arrays.fill(KEY, (byte) 7);
    Arrays.fill(OTHER_KEY, (byte) 9);
  }

  @TempDir Path dir;
  private TestDatabase database;
  private TestClock clock;
  private SecondFactor factor;

  abstract TestDatabase.Kind kind();

  @BeforeEach
  void open() {
    database = TestDatabase.open(kind(), dir);
    clock = TestClock.at("2026-11-23T10:00");
    TwoRegions.seed(Backend.over(database.database(), clock));
    factor = new SecondFactor(database.database(), SecretSeal.of(KEY), clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void storesTheSecretSealedAndSwitchesOnOnlyAfterARightFirstCode() throws Exception {
    TotpSetup setup = factor.begin(TwoRegions.ANNA, "Zuil Twente").orElseThrow();
    assertThat(setup.otpauthUri())
        .startsWith("otpauth://totp/Zuil%20Twente:anna?secret=" + setup.base32Secret());
    assertThat(qrText(setup.qrPngDataUri())).isEqualTo(setup.otpauthUri());
    String stored = storedSecret();
    assertThat(stored).startsWith("v1:").doesNotContain(setup.base32Secret());
    assertThat(factor.enabled(TwoRegions.ANNA)).isFalse();

    assertThat(factor.confirm(TwoRegions.ANNA, wrong(code(setup)))).isEmpty();
    assertThat(factor.enabled(TwoRegions.ANNA)).isFalse();
    assertThat(factor.unfinished(TwoRegions.ANNA, "Zuil Twente").orElseThrow().base32Secret())
        .isEqualTo(setup.base32Secret());

    List<String> recovery = factor.confirm(TwoRegions.ANNA, code(setup)).orElseThrow();
    assertThat(recovery).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates();
    assertThat(factor.enabled(TwoRegions.ANNA)).isTrue();
    assertThat(factor.begin(TwoRegions.ANNA, "Zuil Twente"))
        .as("an enabled factor is not replaced from a session")
        .isEmpty();
  }

  @Test
  void acceptsEachCodeOnceAndNeighbouringStepsForClockDrift() throws Exception {
    TotpSetup setup = factor.begin(TwoRegions.ANNA, "Zuil").orElseThrow();
    factor.confirm(TwoRegions.ANNA, code(setup)).orElseThrow();
    assertThat(factor.verify(TwoRegions.ANNA, code(setup))).as("the enrolment's code").isFalse();

    clock.advance(Duration.ofSeconds(30));
    String next = code(setup);
    clock.advance(Duration.ofSeconds(30));
    assertThat(factor.verify(TwoRegions.ANNA, next)).as("one step late").isTrue();
    assertThat(factor.verify(TwoRegions.ANNA, next)).as("the same code again").isFalse();

    clock.advance(Duration.ofMinutes(5));
    String stale = code(setup);
    clock.advance(Duration.ofMinutes(2));
    assertThat(factor.verify(TwoRegions.ANNA, stale)).as("two minutes old").isFalse();
    assertThat(
            factor.verify(
                TwoRegions.ANNA, code(setup).substring(0, 3) + " " + code(setup).substring(3)))
        .as("typed with a space")
        .isTrue();
  }

  @Test
  void takesEachRecoveryCodeOnceAndNeverStoresIt() throws Exception {
    TotpSetup setup = factor.begin(TwoRegions.ANNA, "Zuil").orElseThrow();
    List<String> recovery = factor.confirm(TwoRegions.ANNA, code(setup)).orElseThrow();
    assertThat(storedRecoveryHashes()).hasSize(10).noneMatch(recovery::contains);

    assertThat(factor.verify(TwoRegions.ANNA, recovery.get(3).toUpperCase())).isTrue();
    assertThat(factor.verify(TwoRegions.ANNA, recovery.get(3))).isFalse();
    assertThat(factor.verify(TwoRegions.ERIK, recovery.get(4))).as("another account").isFalse();
    assertThat(factor.unusedRecoveryCodes(TwoRegions.ANNA)).isEqualTo(9);
  }

  @Test
  void aServerWithAnotherKeyAcceptsNoCode() throws Exception {
    TotpSetup setup = factor.begin(TwoRegions.ANNA, "Zuil").orElseThrow();
    factor.confirm(TwoRegions.ANNA, code(setup)).orElseThrow();
    clock.advance(Duration.ofSeconds(30));
    SecondFactor otherKey = new SecondFactor(database.database(), SecretSeal.of(OTHER_KEY), clock);
    assertThat(otherKey.verify(TwoRegions.ANNA, code(setup))).isFalse();
    assertThat(factor.verify(TwoRegions.ANNA, code(setup))).isTrue();
  }

  private String code(TotpSetup setup) throws Exception {
    String base32 = setup.base32Secret();
    base32 += "=".repeat((8 - base32.length() % 8) % 8);
    TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
    return totp.generateOneTimePasswordString(
        new SecretKeySpec(Base32.decode(base32), totp.getAlgorithm()), clock.instant());
  }

  /** What a phone's camera reads from the QR code. */
  private static String qrText(String dataUri) throws Exception {
    byte[] png =
        java.util.Base64.getDecoder().decode(dataUri.substring("data:image/png;base64,".length()));
    java.awt.image.BufferedImage image =
        javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    com.google.zxing.BinaryBitmap bitmap =
        new com.google.zxing.BinaryBitmap(
            new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(
                    image.getWidth(), image.getHeight(), pixels)));
    return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText();
  }

  private static String wrong(String code) {
    return code.equals("000000") ? "000001" : "000000";
  }

  private String storedSecret() {
    return database
        .database()
        .inTransaction(
            c -> {
              try (PreparedStatement query =
                      c.prepareStatement("SELECT sealed_secret FROM staff_totp");
                  ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
              }
            });
  }

  private List<String> storedRecoveryHashes() {
    return database
        .database()
        .inTransaction(
            c -> {
              try (PreparedStatement query =
                      c.prepareStatement("SELECT code_hash FROM staff_recovery_code");
                  ResultSet row = query.executeQuery()) {
                List<String> hashes = new java.util.ArrayList<>();
                while (row.next()) {
                  hashes.add(row.getString(1));
                }
                return hashes;
              }
            });
  }
}
