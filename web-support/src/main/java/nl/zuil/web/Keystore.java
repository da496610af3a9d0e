package nl.zuil.web;

import java.nio.file.Path;

/** A server's certificate and key: a PKCS12 keystore and its password. */
public record Keystore(Path file, String password) {

  @Override
  public String toString() {
    return "Keystore[" + file + "]";
  }
}
