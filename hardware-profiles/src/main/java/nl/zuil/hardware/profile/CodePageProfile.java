package nl.zuil.hardware.profile;

/**
 * The character table text is sent in.
 *
 * @param escPosNumber the {@code n} of {@code ESC t n} that selects {@code table} on this printer;
 *     makers number the same table differently (Epson's WPC1252 is 16, Star's is 32)
 */
public record CodePageProfile(CodePage table, Integer escPosNumber) {}
