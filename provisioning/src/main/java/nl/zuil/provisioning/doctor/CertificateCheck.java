package nl.zuil.provisioning.doctor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigFile;
import nl.zuil.provisioning.files.Layout;
import nl.zuil.provisioning.kiosk.ConfigJson;

/**
 * When certificates run out: the one the backend served to the check above, and the kiosk's own
 * web-console keystore when its config has one ({@code console.keystorePath}). The agent pins the
 * backend's key, so an expired backend certificate still works for kiosks, but not for browsers.
 */
final class CertificateCheck implements Check {

  static final String NAME = "certificates";

  /**
   * Three weeks: certificates renewed automatically (ACME renews at 30 days left) never warn; a
   * warning means the renewal failed, with time left to fix it.
   */
  static final Duration WARN_BEFORE = Duration.ofDays(21);

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Europe/Amsterdam"));

  @Override
  public List<Finding> run(DoctorContext context) {
    List<Finding> findings = new ArrayList<>();
    if (context.agent().present()) {
      String url = context.agent().get().backendUrl().toString();
      Optional<X509Certificate> served = context.servedCertificate();
      if (served.isPresent()) {
        findings.add(
            expiry(
                context,
                "backend certificate",
                served.get(),
                "Renew it on the backend keeping its key (the pin stays), or enrol the kiosks again"
                    + " with the new pin"));
      } else if (url.startsWith("http:")) {
        findings.add(
            Finding.warn(
                "backend certificate",
                "the backend is plain HTTP: the credential and the counts travel unencrypted",
                "Use HTTPS outside a demo"));
      } else {
        findings.add(
            Finding.warn(
                "backend certificate",
                "cannot check: no HTTPS answer from " + url,
                "See backend above"));
      }
    }
    consoleKeystore(context).ifPresent(findings::add);
    return findings;
  }

  /** Reads the console section raw: it belongs to the kiosk app, this check only looks at dates. */
  private static Optional<Finding> consoleKeystore(DoctorContext context) {
    Optional<ObjectNode> kiosk;
    try {
      kiosk = ConfigJson.read(context.path(Layout.KIOSK_CONFIG));
    } catch (IOException e) {
      return Optional.empty();
    }
    Optional<String> keystore =
        ConfigJson.text(kiosk, KioskConfigFile.CONSOLE + "." + KioskConfigFile.KEYSTORE_PATH);
    if (keystore.isEmpty()) {
      return Optional.empty();
    }
    Path folder = context.path(Layout.ETC);
    Path file = folder.resolve(keystore.get());
    Optional<String> passwordFile =
        ConfigJson.text(
            kiosk, KioskConfigFile.CONSOLE + "." + KioskConfigFile.KEYSTORE_PASSWORD_FILE);
    String check = "console certificate";
    try {
      char[] password =
          passwordFile.isPresent()
              ? Files.readString(folder.resolve(passwordFile.get()), StandardCharsets.UTF_8)
                  .strip()
                  .toCharArray()
              : new char[0];
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(file)) {
        store.load(in, password);
      }
      for (String alias : Collections.list(store.aliases())) {
        Certificate certificate = store.getCertificate(alias);
        if (store.isKeyEntry(alias) && certificate instanceof X509Certificate x509) {
          return Optional.of(
              expiry(context, check, x509, "Make a new keystore for the web console"));
        }
      }
      return Optional.of(
          Finding.fail(check, file + " holds no key with a certificate", "Make a new keystore"));
    } catch (IOException | GeneralSecurityException e) {
      return Optional.of(
          Finding.fail(
              check,
              "cannot read the web console's keystore " + file + ": " + e.getMessage(),
              "Check console.keystorePath and console.keystorePasswordFile in "
                  + Layout.KIOSK_CONFIG));
    }
  }

  static Finding expiry(
      DoctorContext context, String check, X509Certificate certificate, String fix) {
    Instant now = context.clock().instant();
    Instant notAfter = certificate.getNotAfter().toInstant();
    String until = DATE.format(notAfter);
    if (notAfter.isBefore(now)) {
      return Finding.fail(check, "expired on " + until, fix);
    }
    if (notAfter.isBefore(now.plus(WARN_BEFORE))) {
      long days = Duration.between(now, notAfter).toDays();
      return Finding.warn(check, "expires on " + until + ", in " + days + " days", fix);
    }
    return Finding.ok(check, "valid until " + until);
  }
}
