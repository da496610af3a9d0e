package nl.zuil.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed server certificate for 127.0.0.1 made at test time with the JDK's keytool, so no
 * key ever sits in the repository.
 *
 * @param keystore PKCS12 with the key and certificate, for the server
 * @param certificatePem the certificate alone, for a client that trusts it as its CA
 * @param pin {@code sha256/BASE64} of the certificate's public key, for a client that pins it
 */
public record TestCertificate(Path keystore, String password, Path certificatePem, String pin) {

  public static TestCertificate create(Path dir, String name) {
    Path keystore = dir.resolve(name + ".p12");
    Path pem = dir.resolve(name + ".pem");
    String password = "test-" + Long.toHexString(System.nanoTime());
    keytool(
        "-genkeypair",
        "-alias",
        "server",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=" + name,
        "-ext",
        "san=ip:127.0.0.1,dns:localhost",
        "-validity",
        "30",
        "-storetype",
        "PKCS12",
        "-keystore",
        keystore.toString(),
        "-storepass",
        password,
        "-keypass",
        password);
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "server",
        "-keystore",
        keystore.toString(),
        "-storepass",
        password,
        "-file",
        pem.toString());
    return new TestCertificate(keystore, password, pem, pin(keystore, password));
  }

  private static String pin(Path keystore, String password) {
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
      Certificate certificate = store.getCertificate("server");
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded());
      return "sha256/" + Base64.getEncoder().encodeToString(hash);
    } catch (IOException | GeneralSecurityException e) {
      throw new AssertionError("cannot read the test keystore " + keystore, e);
    }
  }

  private static void keytool(String... arguments) {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> command = new ArrayList<>(List.of(keytool.toString()));
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError("keytool failed: " + output);
      }
    } catch (IOException e) {
      throw new AssertionError("cannot run " + keytool, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running keytool", e);
    }
  }
}
