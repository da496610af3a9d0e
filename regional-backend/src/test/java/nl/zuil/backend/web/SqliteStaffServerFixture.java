package nl.zuil.backend.web;

import java.nio.file.Path;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.backend.http.Backend;
import nl.zuil.testsupport.TestCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up staff page tests over HTTPS share: a certificate made once per class, and per test a
 * staff server on a fresh SQLite database with the clock at {@link #NOW}, seeded by {@link #seed}.
 */
abstract class SqliteStaffServerFixture {

  static final String NOW = "2026-11-25T10:00";

  @TempDir static Path certificates;
  static TestCertificate certificate;

  @TempDir Path dir;
  StaffServer server;

  @BeforeAll
  static void makeCertificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @BeforeEach
  void startServer() {
    server = StaffServer.start(TestDatabase.Kind.SQLITE, dir, certificate, NOW, this::seed);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  /**
   * What the database holds before each test: the two regions and their staff, unless overridden.
   */
  void seed(Backend backend) {
    TwoRegions.seed(backend);
  }
}
