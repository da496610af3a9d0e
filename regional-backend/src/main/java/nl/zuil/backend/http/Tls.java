package nl.zuil.backend.http;

import java.nio.file.Path;

/** The backend's certificate and key: a PKCS12 keystore and its password. */
public record Tls(Path keystore, String password) {

  @Override
  public String toString() {
    return "Tls[keystore=" + keystore + "]";
  }
}
