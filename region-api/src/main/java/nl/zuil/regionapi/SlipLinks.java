package nl.zuil.regionapi;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.zuil.catalogue.Codes;

/**
 * The link in a referral slip's QR code (decision 1053), defined once for the kiosk that prints it
 * and the backend that reads it: a random one-time token and codes only (ISO week, referring
 * location, partner, question type, situation), signed with the location's slip key so that a
 * made-up or altered link is refused. Nothing in it names a visit, a ticket or a time of day.
 *
 * <p>{@code https://region.example/bon?t=TOKEN&w=2026-W49&l=hengelo-bibliotheek&p=uwv&q=find_work
 * &s=-&m=MAC}
 */
public final class SlipLinks {

  /** Where the backend answers a slip's link, below its public address. */
  public static final String PATH = "/bon";

  /** Random bytes of a token: 128 bits, 22 URL-safe characters. */
  static final int TOKEN_BYTES = 16;

  /** The signature is HMAC-SHA256 cut to 128 bits: guessing one is as hard as guessing a token. */
  static final int MAC_BYTES = 16;

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final Pattern WEEK = Pattern.compile("[0-9]{4}-W[0-9]{2}");
  private static final DateTimeFormatter WEEK_DAY =
      DateTimeFormatter.ISO_WEEK_DATE.withLocale(Locale.ROOT);
  private static final SecureRandom RANDOM = new SecureRandom();

  private SlipLinks() {}

  /**
   * One slip's link.
   *
   * @param isoWeek the week the slip was printed, like {@code 2026-W49}
   * @param situation a situation code or {@code "-"} when the visitor skipped the question
   */
  public record SlipLink(
      String token,
      String isoWeek,
      String location,
      String partner,
      String question,
      String situation,
      String mac) {

    /** The link under the backend's public address {@code base} (no trailing slash needed). */
    public String url(String base) {
      String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
      return root + PATH + "?t=" + token + "&w=" + isoWeek + "&l=" + location + "&p=" + partner
          + "&q=" + question + "&s=" + situation + "&m=" + mac;
    }

    /** Whether {@code key} signed exactly these codes and this token. */
    public boolean signedWith(byte[] key) {
      byte[] expected =
          SlipLinks.signature(key, token, isoWeek, location, partner, question, situation);
      byte[] given;
      try {
        given = Base64.getUrlDecoder().decode(mac);
      } catch (IllegalArgumentException e) {
        return false;
      }
      return MessageDigest.isEqual(expected, given);
    }

    /** The Monday the slip's week starts. */
    public LocalDate weekStart() {
      return LocalDate.parse(isoWeek + "-1", WEEK_DAY);
    }

    /** SHA-256 of the token, what the backend keeps to accept it once. */
    public String tokenHash() {
      try {
        byte[] hash =
            MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("SHA-256 is missing from this JVM", e);
      }
    }
  }

  /** A new slip's link with a fresh token, signed with the location's slip key. */
  public static SlipLink issue(
      byte[] key,
      LocalDate printedOn,
      String location,
      String partner,
      String question,
      String situation) {
    byte[] random = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    String week = isoWeek(printedOn);
    String situationCode = situation == null ? Codes.NONE : situation;
    byte[] mac = signature(key, token, week, location, partner, question, situationCode);
    return new SlipLink(
        token,
        week,
        location,
        partner,
        question,
        situationCode,
        Base64.getUrlEncoder().withoutPadding().encodeToString(mac));
  }

  /** {@code 2026-W49} for any day of that ISO week. */
  public static String isoWeek(LocalDate day) {
    return String.format(
        Locale.ROOT,
        "%04d-W%02d",
        day.get(IsoFields.WEEK_BASED_YEAR),
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * A link's parts as a request names them ({@code t}, {@code w}, ...), or empty when any is
   * missing or has the wrong shape; the signature is not checked here.
   */
  public static Optional<SlipLink> read(UnaryOperator<String> parameter) {
    String token = parameter.apply("t");
    String week = parameter.apply("w");
    String location = parameter.apply("l");
    String partner = parameter.apply("p");
    String question = parameter.apply("q");
    String situation = parameter.apply("s");
    String mac = parameter.apply("m");
    if (!matches(TOKEN, token)
        || !matches(WEEK, week)
        || !matches(Codes.SLUG, location)
        || !matches(Codes.CODE, partner)
        || !matches(Codes.CODE, question)
        || !(Codes.NONE.equals(situation) || matches(Codes.CODE, situation))
        || !matches(TOKEN, mac)) {
      return Optional.empty();
    }
    try {
      LocalDate start = LocalDate.parse(week + "-1", WEEK_DAY);
      if (!isoWeek(start).equals(week)) {
        return Optional.empty();
      }
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    return Optional.of(new SlipLink(token, week, location, partner, question, situation, mac));
  }

  private static boolean matches(Pattern pattern, String value) {
    return value != null && pattern.matcher(value).matches();
  }

  private static byte[] signature(
      byte[] key,
      String token,
      String week,
      String location,
      String partner,
      String question,
      String situation) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
      String signed =
          String.join("\n", "zuil-slip-v1", token, week, location, partner, question, situation);
      return Arrays.copyOf(hmac.doFinal(signed.getBytes(StandardCharsets.UTF_8)), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
