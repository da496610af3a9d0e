package nl.zuil.backend.web;

import java.nio.file.Path;
import java.util.Optional;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.http.ApiServer;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.http.ServerSettings;
import nl.zuil.backend.http.Tls;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;

/** A backend over HTTPS on loopback, as staff reach it, on a fresh database of either kind. */
final class StaffServer implements AutoCloseable {

  private final TestDatabase database;
  private final Backend backend;
  private final ApiServer server;
  private final TestClock clock;
  private final TestCertificate certificate;

  private StaffServer(
      TestDatabase database,
      Backend backend,
      ApiServer server,
      TestClock clock,
      TestCertificate certificate) {
    this.database = database;
    this.backend = backend;
    this.server = server;
    this.clock = clock;
    this.certificate = certificate;
  }

  /** Seeds with {@code seed} before the server starts. */
  static StaffServer start(
      TestDatabase.Kind kind,
      Path dir,
      TestCertificate certificate,
      String now,
      java.util.function.Consumer<Backend> seed) {
    return start(kind, dir, certificate, now, seed, WebSettings.defaults(true));
  }

  /** With the staff pages' settings of its own (sign-in options, a trusted proxy). */
  static StaffServer start(
      TestDatabase.Kind kind,
      Path dir,
      TestCertificate certificate,
      String now,
      java.util.function.Consumer<Backend> seed,
      WebSettings web) {
    return start(kind, dir, certificate, now, seed, web, 0);
  }

  /** On {@code port}, for settings that name the server's own address (a redirect URL). */
  static StaffServer start(
      TestDatabase.Kind kind,
      Path dir,
      TestCertificate certificate,
      String now,
      java.util.function.Consumer<Backend> seed,
      WebSettings web,
      int port) {
    TestDatabase database = TestDatabase.open(kind, dir);
    TestClock clock = TestClock.at(now);
    Backend backend = Backend.over(database.database(), clock);
    seed.accept(backend);
    return new StaffServer(
        database, backend, serve(backend, certificate, web, port), clock, certificate);
  }

  /** {@code backend} (over {@code database}, seeded) served over HTTPS on loopback. */
  static StaffServer serving(
      TestDatabase database, Backend backend, TestClock clock, TestCertificate certificate) {
    return new StaffServer(
        database,
        backend,
        serve(backend, certificate, WebSettings.defaults(true), 0),
        clock,
        certificate);
  }

  /**
   * A second backend process on the same database, with its own connections, sessions in memory
   * (none) and server: what a reverse proxy would send half of the requests to.
   */
  StaffServer alongside() {
    Backend second = Backend.over(database.openAgain(), clock);
    return new StaffServer(
        null,
        second,
        serve(second, certificate, WebSettings.defaults(true), 0),
        clock,
        certificate);
  }

  private static ApiServer serve(
      Backend backend, TestCertificate certificate, WebSettings web, int port) {
    return ApiServer.start(
        backend,
        new ServerSettings(
            "127.0.0.1",
            port,
            Optional.of(new Tls(certificate.keystore(), certificate.password())),
            ServerSettings.DEFAULT_MAX_REQUEST_BYTES),
        web);
  }

  /** A port free now, for a server started right after. */
  static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  String url(String path) {
    return "https://127.0.0.1:" + server.port() + path;
  }

  int port() {
    return server.port();
  }

  Backend backend() {
    return backend;
  }

  TestClock clock() {
    return clock;
  }

  @Override
  public void close() {
    server.close();
    if (database != null) {
      database.close();
    } else {
      backend.database().close();
    }
  }
}
