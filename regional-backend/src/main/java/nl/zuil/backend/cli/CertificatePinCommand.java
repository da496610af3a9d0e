package nl.zuil.backend.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Prints the pin a kiosk's agent trusts this backend by: SHA-256 of the certificate's public key
 * (SubjectPublicKeyInfo), in the {@code sha256/BASE64} form OkHttp and HPKP use. It stays valid
 * when the certificate is renewed with the same key.
 */
@Command(
    name = "certificate-pin",
    description = "Print the public-key pin of the keystore's certificate.")
public final class CertificatePinCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--keystore", required = true)
  Path keystore;

  @Option(names = "--keystore-password-file")
  Path passwordFile;

  @Override
  public Integer call() throws Exception {
    char[] password = ServeCommand.KeystorePassword.read(passwordFile).toCharArray();
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, password);
    }
    for (String alias : Collections.list(store.aliases())) {
      if (store.isKeyEntry(alias)) {
        Certificate certificate = store.getCertificate(alias);
        byte[] hash =
            MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded());
        spec.commandLine().getOut().println("sha256/" + Base64.getEncoder().encodeToString(hash));
        return 0;
      }
    }
    spec.commandLine().getErr().println("no key entry in " + keystore);
    return 1;
  }
}
