package nl.zuil.bench.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

/** A self-signed certificate for 127.0.0.1, made with the JDK's keytool for one benchmark run. */
public record BenchTls(Path keystore, String password, String pin) {

  public static BenchTls create(Path dir) throws IOException, InterruptedException {
    Path keystore = dir.resolve("bench.p12");
    String password = "bench-" + Long.toHexString(System.nanoTime());
    Process keytool =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair",
                    "-alias",
                    "server",
                    "-keyalg",
                    "EC",
                    "-groupname",
                    "secp256r1",
                    "-dname",
                    "CN=bench",
                    "-ext",
                    "san=ip:127.0.0.1",
                    "-validity",
                    "2",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    keystore.toString(),
                    "-storepass",
                    password,
                    "-keypass",
                    password))
            .redirectErrorStream(true)
            .start();
    keytool.getInputStream().readAllBytes();
    if (keytool.waitFor() != 0) {
      throw new IOException("keytool failed");
    }
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(store.getCertificate("server").getPublicKey().getEncoded());
      return new BenchTls(keystore, password, "sha256/" + Base64.getEncoder().encodeToString(hash));
    } catch (GeneralSecurityException e) {
      throw new IOException(e);
    }
  }
}
