package nl.zuil.ledger.ticket;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Makes the reference printed in a ticket's QR: 10 characters of Crockford base32 from {@link
 * SecureRandom}, so a reference cannot be guessed from another ticket's and reads back without
 * confusing 0/O or 1/I/L. Draws with five digits in a row are thrown away (about 2%), so that the
 * column can refuse anything shaped like a phone number; that leaves about 49.9 bits of chance.
 */
public final class TicketReferences {

  public static final int LENGTH = 10;
  public static final Pattern SHAPE =
      Pattern.compile("(?!.*[0-9]{5})[0-9ABCDEFGHJKMNPQRSTVWXYZ]{" + LENGTH + "}");

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private final SecureRandom random = new SecureRandom();

  public String next() {
    while (true) {
      char[] reference = new char[LENGTH];
      for (int i = 0; i < LENGTH; i++) {
        reference[i] = ALPHABET[random.nextInt(ALPHABET.length)];
      }
      String candidate = new String(reference);
      if (SHAPE.matcher(candidate).matches()) {
        return candidate;
      }
    }
  }
}
