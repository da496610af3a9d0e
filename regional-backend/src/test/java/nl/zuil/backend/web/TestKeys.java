package nl.zuil.backend.web;

/** Fixed keys for tests: never used outside them. */
final class TestKeys {

  /** 32 bytes in Base64, as {@code head -c 32 /dev/urandom | base64} writes a TOTP key file. */
  static final String TOTP_KEY = "q2Vb0m9V3xY8cJpQm1tW7nZr4kE6sA0dL5uH2iG8fXo=\n";

  private TestKeys() {}
}
