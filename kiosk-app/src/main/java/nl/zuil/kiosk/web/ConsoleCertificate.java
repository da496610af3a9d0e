package nl.zuil.kiosk.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The kiosk's own certificate for the web console, from the PKCS12 keystore made at provisioning. A
 * self-signed certificate makes the browser warn; the gids compares the SHA-256 fingerprint it
 * shows with the one in the kiosk's staff menu before going on, so no one in between can pose as
 * the kiosk.
 *
 * @param fingerprint the certificate's SHA-256 as colon-separated hex pairs, as browsers show it
 */
public record ConsoleCertificate(Path keystore, String password, String fingerprint) {

  /**
   * Opens the keystore with the password in {@code passwordFile} (its first line) and finds the
   * certificate of its key.
   *
   * @throws IOException when a file cannot be read, the password is wrong or there is no key
   */
  public static ConsoleCertificate open(Path keystore, Path passwordFile) throws IOException {
    String password =
        Files.readString(passwordFile, StandardCharsets.UTF_8)
            .lines()
            .findFirst()
            .orElse("")
            .strip();
    KeyStore store;
    try (InputStream in = Files.newInputStream(keystore)) {
      store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
    } catch (GeneralSecurityException | IOException e) {
      throw new IOException(
          keystore
              + " cannot be opened with the password in "
              + passwordFile
              + ": "
              + e.getMessage(),
          e);
    }
    try {
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          return new ConsoleCertificate(
              keystore, password, fingerprint(store.getCertificate(alias)));
        }
      }
    } catch (GeneralSecurityException e) {
      throw new IOException(keystore + ": " + e.getMessage(), e);
    }
    throw new IOException(keystore + " holds no private key with a certificate");
  }

  static String fingerprint(Certificate certificate) throws GeneralSecurityException {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    return HexFormat.ofDelimiter(":").withUpperCase().formatHex(hash).toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "ConsoleCertificate[" + keystore + ", " + fingerprint + "]";
  }
}
