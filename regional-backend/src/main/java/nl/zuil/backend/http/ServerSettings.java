package nl.zuil.backend.http;

import java.util.Optional;

/**
 * Where and how the API listens.
 *
 * @param tls the certificate to serve HTTPS with; empty only for a demo started with the explicit
 *     plain-HTTP flag
 * @param maxRequestBytes larger request bodies are refused with 413 before they are parsed
 */
public record ServerSettings(String host, int port, Optional<Tls> tls, long maxRequestBytes) {

  /** Twice what an agent sends at most (256 KiB), so a well-behaved kiosk is never refused. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 512 * 1024;
}
