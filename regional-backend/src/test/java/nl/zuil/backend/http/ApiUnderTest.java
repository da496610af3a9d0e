package nl.zuil.backend.http;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TestRegion;
import nl.zuil.backend.enrolment.EnrolledDevice;
import nl.zuil.testsupport.TestCertificate;
import nl.zuil.testsupport.TestClock;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The region's API as the API contracts attack it: the real server over HTTPS on loopback, on a
 * seeded test database (SQLite or PostgreSQL) with one enrolled kiosk, and a client that trusts
 * only the test certificate.
 */
final class ApiUnderTest implements AutoCloseable {

  final Backend backend;
  final EnrolledDevice kiosk;
  private final TestDatabase database;
  private final ApiServer server;
  private final OkHttpClient http;

  private ApiUnderTest(
      TestDatabase database,
      Backend backend,
      EnrolledDevice kiosk,
      ApiServer server,
      OkHttpClient http) {
    this.database = database;
    this.backend = backend;
    this.kiosk = kiosk;
    this.server = server;
    this.http = http;
  }

  static ApiUnderTest start(TestDatabase.Kind kind, Path dir, TestCertificate certificate)
      throws Exception {
    TestDatabase database = TestDatabase.open(kind, dir);
    Backend backend = Backend.over(database.database(), TestClock.at("2026-11-23T12:00"));
    TestRegion.seed(backend);
    EnrolledDevice kiosk = TestRegion.enrol(backend, "zuil-1");
    ApiServer server =
        ApiServer.start(
            backend,
            new ServerSettings(
                "127.0.0.1",
                0,
                Optional.of(new Tls(certificate.keystore(), certificate.password())),
                ServerSettings.DEFAULT_MAX_REQUEST_BYTES));
    return new ApiUnderTest(
        database, backend, kiosk, server, TrustingHttp.client(certificate.certificatePem()));
  }

  /**
   * Calls {@code path}: a POST of {@code body}, or a GET when it is null; with the credential as
   * bearer token when it is not null. The caller closes the response.
   */
  Response call(String path, RequestBody body, String credential) throws IOException {
    Request.Builder request =
        new Request.Builder().url("https://127.0.0.1:" + server.port() + path);
    if (body != null) {
      request.post(body);
    }
    if (credential != null) {
      request.header("Authorization", "Bearer " + credential);
    }
    return http.newCall(request.build()).execute();
  }

  /** Sends a request shaped by the caller (headers, method) to {@code path}. */
  Response send(String path, UnaryOperator<Request.Builder> shape) throws IOException {
    return http.newCall(
            shape
                .apply(new Request.Builder().url("https://127.0.0.1:" + server.port() + path))
                .build())
        .execute();
  }

  @Override
  public void close() {
    server.close();
    database.close();
  }
}
