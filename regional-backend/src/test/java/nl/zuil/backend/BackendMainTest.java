package nl.zuil.backend;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.signin.totp.SecondFactor;
import nl.zuil.backend.signin.totp.SecretSeal;
import nl.zuil.backend.store.Database;
import nl.zuil.testsupport.TestCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The admin commands as an installer types them, and the server as a real process. */
class BackendMainTest {

  @TempDir Path dir;

  @Test
  void seedsARegionAddsALocationAndCreatesAnEnrolmentCode() {
    String db = "jdbc:sqlite:" + dir.resolve("backend.db");

    assertThat(run("seed-region", "--database", db, "--example-catalogue").out())
        .contains("region voorbeeldregio");
    run(
        "add-location",
        "--database",
        db,
        "--region",
        "voorbeeldregio",
        "--code",
        "hengelo-bibliotheek",
        "--name",
        "Bibliotheek Hengelo",
        "--municipality",
        "Hengelo");
    Result code =
        run(
            "create-enrolment-code",
            "--database",
            db,
            "--region",
            "voorbeeldregio",
            "--location",
            "hengelo-bibliotheek",
            "--kiosk",
            "zuil-1");

    assertThat(code.exit()).isZero();
    assertThat(code.out().strip()).matches("([2-9A-Z]{4}-){4}[2-9A-Z]{4}");
  }

  @Test
  void refusesACodeForAnUnknownLocationWithAReason() {
    String db = "jdbc:sqlite:" + dir.resolve("backend.db");
    run("seed-region", "--database", db, "--example-catalogue");

    Result result =
        run(
            "create-enrolment-code",
            "--database",
            db,
            "--region",
            "voorbeeldregio",
            "--location",
            "nergens",
            "--kiosk",
            "zuil-1");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).contains("has no location nergens");
  }

  @Test
  void addsStaffAccountsWithThePasswordFromAFileOrStandardInput() throws Exception {
    String db = "jdbc:sqlite:" + dir.resolve("backend.db");
    run("demo-data", "--database", db, "--locations", "3", "--days", "7");
    Path password = Files.writeString(dir.resolve("password"), "correct horse battery\n");

    Result staff =
        run(
            "add-user",
            "--database",
            db,
            "--region",
            "voorbeeldregio",
            "--role",
            "region-staff",
            "--username",
            "anna",
            "--password-file",
            password.toString());
    InputStream stdin = System.in;
    Result municipality;
    try {
      System.setIn(new java.io.ByteArrayInputStream("another long secret\n".getBytes(UTF_8)));
      municipality =
          run(
              "add-user",
              "--database",
              db,
              "--region",
              "voorbeeldregio",
              "--role",
              "municipality",
              "--municipality",
              "Enschede",
              "--username",
              "erik");
    } finally {
      System.setIn(stdin);
    }

    assertThat(staff.exit()).isZero();
    assertThat(staff.out()).contains("account anna saved: region-staff of voorbeeldregio");
    assertThat(municipality.out()).contains("municipality of voorbeeldregio (Enschede)");
    try (Database database = Database.open(db, null, null)) {
      Backend backend = Backend.over(database, java.time.Clock.systemUTC());
      assertThat(backend.staff().login("erik", "another long secret".toCharArray())).isPresent();
    }
  }

  @Test
  void refusesAccountsItCannotMakeSenseOf() throws Exception {
    String db = "jdbc:sqlite:" + dir.resolve("backend.db");
    run("demo-data", "--database", db, "--locations", "2", "--days", "1");
    Path password = Files.writeString(dir.resolve("password"), "correct horse battery");
    String[] base = {
      "add-user",
      "--database",
      db,
      "--region",
      "voorbeeldregio",
      "--password-file",
      password.toString()
    };

    assertThat(run(concat(base, "--role", "boss", "--username", "anna")).exit()).isEqualTo(2);
    assertThat(
            run(concat(
                    base,
                    "--role",
                    "municipality",
                    "--municipality",
                    "Atlantis",
                    "--username",
                    "anna"))
                .err())
        .contains("no inlooppunt of region voorbeeldregio lies in municipality 'Atlantis'");
    assertThat(run(concat(base, "--role", "it", "--username", "A B")).err())
        .contains("must be 3 to 40 lower-case letters");
    Files.writeString(password, "short");
    assertThat(run(concat(base, "--role", "it", "--username", "ivo")).err())
        .contains("at least 12 characters");
    assertThat(run(concat(base, "--role", "it", "--username", "ivo", "--password", "x")).exit())
        .as("a password is never an argument")
        .isEqualTo(2);
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  @Test
  void writesDemoDataForTheExampleRegion() {
    String db = "jdbc:sqlite:" + dir.resolve("backend.db");

    Result demo = run("demo-data", "--database", db, "--locations", "4", "--days", "30");

    assertThat(demo.exit()).isZero();
    assertThat(demo.out())
        .containsPattern("demo data for voorbeeldregio: 4 inlooppunten, \\d{3,} visits");
    assertThat(demo.err()).contains("invented");
  }

  @Test
  void resetsAnAccountsTotpForItBeheer() throws Exception {
    String db = "jdbc:sqlite:" + dir.resolve("backend.db");
    run("demo-data", "--database", db, "--locations", "3", "--days", "1");
    Path password = Files.writeString(dir.resolve("password"), "correct horse battery\n");
    run(
        "add-user",
        "--database",
        db,
        "--region",
        "voorbeeldregio",
        "--role",
        "it",
        "--username",
        "ivo",
        "--password-file",
        password.toString());
    try (Database database = Database.open(db, null, null)) {
      SecondFactor factor =
          new SecondFactor(database, SecretSeal.fromFile(totpKey()), java.time.Clock.systemUTC());
      assertThat(factor.begin("ivo", "Zuil")).isPresent();
    }

    Result reset = run("reset-totp", "--database", db, "--username", "ivo");
    Result again = run("reset-totp", "--database", db, "--username", "ivo");

    assertThat(reset.exit()).isZero();
    assertThat(reset.err()).contains("two-step sign-in of ivo is off");
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("account ivo has no two-step sign-in");
  }

  @Test
  void refusesSignInOptionsThatCannotWork() throws Exception {
    String db = "jdbc:sqlite:" + dir.resolve("backend.db");
    Result noKey = run("serve", "--database", db, "--plain-http", "--require-totp");
    Result badKey =
        run(
            "serve",
            "--database",
            db,
            "--plain-http",
            "--totp-key-file",
            Files.writeString(dir.resolve("short.key"), "c2hvcnQ=").toString());
    Result halfOidc =
        run("serve", "--database", db, "--plain-http", "--oidc-issuer", "https://idp.example");
    Result unknownRole =
        run(
            "serve",
            "--database",
            db,
            "--plain-http",
            "--oidc-issuer",
            "https://idp.example",
            "--oidc-client-id",
            "zuil",
            "--oidc-client-secret-file",
            Files.writeString(dir.resolve("secret"), "s3cret").toString(),
            "--oidc-redirect-url",
            "https://zuil.example/login/oidc/callback",
            "--oidc-region",
            "voorbeeldregio",
            "--oidc-role",
            "boss=zuil-bazen");

    assertThat(noKey.exit()).isEqualTo(2);
    assertThat(noKey.err()).contains("--require-totp needs --totp-key-file");
    assertThat(badKey.exit()).isEqualTo(2);
    assertThat(badKey.err()).contains("the TOTP key must be 32 bytes");
    assertThat(halfOidc.exit()).isEqualTo(2);
    assertThat(halfOidc.err()).contains("--oidc-issuer needs --oidc-client-id");
    assertThat(unknownRole.exit()).isEqualTo(2);
    assertThat(unknownRole.err()).contains("unknown role 'boss'");
  }

  private Path totpKey() throws Exception {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    return Files.writeString(
        dir.resolve("totp.key"), java.util.Base64.getEncoder().encodeToString(key));
  }

  @Test
  void servesHttpsAndStopsCleanlyOnSigterm() throws Exception {
    TestCertificate certificate = TestCertificate.create(dir, "backend");
    Path password = Files.writeString(dir.resolve("keystore.password"), certificate.password());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process server =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                BackendMain.class.getName(),
                "serve",
                "--database",
                "jdbc:sqlite:" + dir.resolve("backend.db"),
                "--port",
                "0",
                "--keystore",
                certificate.keystore().toString(),
                "--keystore-password-file",
                password.toString())
            .redirectErrorStream(true)
            .start();
    List<String> log = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), UTF_8))) {
      int port = awaitPort(out, log);
      HttpResponse<String> health =
          HttpClient.newBuilder()
              .sslContext(sslTrusting(certificate))
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/healthz"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.body()).isEqualTo("ok");

      server.toHandle().destroy();
      assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
      out.lines().forEach(log::add);
    }
    assertThat(server.exitValue()).as(String.join("\n", log)).isEqualTo(143);
    assertThat(log).anyMatch(line -> line.contains("Zuil backend stopped"));
  }

  private static int awaitPort(BufferedReader out, List<String> log) throws Exception {
    Pattern listening = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");
    String line;
    while ((line = out.readLine()) != null) {
      log.add(line);
      Matcher matcher = listening.matcher(line);
      if (matcher.find()) {
        return Integer.parseInt(matcher.group(1));
      }
    }
    throw new AssertionError("the backend never said it listens:\n" + String.join("\n", log));
  }

  private static SSLContext sslTrusting(TestCertificate certificate) throws Exception {
    KeyStore anchors = KeyStore.getInstance("PKCS12");
    anchors.load(null, null);
    try (InputStream in = Files.newInputStream(certificate.certificatePem())) {
      anchors.setCertificateEntry(
          "backend", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(anchors);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }

  @Test
  void enrollingAnEnrolledKioskAgainSaysWhatItRevokesAndNeedsToBeToldToGoAhead() {
    String db = "jdbc:sqlite:" + dir.resolve("backend.db");
    run("seed-region", "--database", db, "--example-catalogue");
    run(
        "add-location",
        "--database",
        db,
        "--region",
        "voorbeeldregio",
        "--code",
        "hengelo-bibliotheek",
        "--name",
        "Bibliotheek Hengelo",
        "--municipality",
        "Hengelo");
    String[] kiosk = {
      "--database",
      db,
      "--region",
      "voorbeeldregio",
      "--location",
      "hengelo-bibliotheek",
      "--kiosk",
      "zuil-1"
    };
    String firstCode = run(concat(new String[] {"create-enrolment-code"}, kiosk)).out().strip();
    String deviceId;
    try (Database database = Database.open(db, null, null)) {
      deviceId =
          Backend.over(database, java.time.Clock.systemUTC())
              .enrolment()
              .enrol(firstCode)
              .orElseThrow()
              .device()
              .id();
    }

    Result refused = run(concat(new String[] {"create-enrolment-code"}, kiosk));
    Result listedBefore = run("enrolment-codes", "--database", db, "--region", "voorbeeldregio");
    Result made =
        run(concat(new String[] {"create-enrolment-code"}, concat(kiosk, "--replace-active")));
    Result listedAfter = run("enrolment-codes", "--database", db, "--region", "voorbeeldregio");
    Result revoked = run(concat(new String[] {"revoke-enrolment-code"}, kiosk));
    Result revokedAgain = run(concat(new String[] {"revoke-enrolment-code"}, kiosk));

    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).contains("device " + deviceId, "revokes", "--replace-active");
    assertThat(listedBefore.out().lines()).hasSize(1);
    assertThat(made.exit()).isZero();
    assertThat(made.err()).contains("device " + deviceId);
    assertThat(listedAfter.out()).contains("hengelo-bibliotheek\tzuil-1\t");
    assertThat(revoked.exit()).isZero();
    assertThat(revokedAgain.exit()).isEqualTo(1);
    assertThat(revokedAgain.err()).contains("no open code");
  }

  @Test
  void quarantinesAKioskAndReleasesIt() {
    String db = "jdbc:sqlite:" + dir.resolve("backend.db");
    run("seed-region", "--database", db, "--example-catalogue");
    run(
        "add-location",
        "--database",
        db,
        "--region",
        "voorbeeldregio",
        "--code",
        "hengelo-bibliotheek",
        "--name",
        "Bibliotheek Hengelo",
        "--municipality",
        "Hengelo");
    String[] kiosk = {
      "--database",
      db,
      "--region",
      "voorbeeldregio",
      "--location",
      "hengelo-bibliotheek",
      "--kiosk",
      "zuil-1"
    };
    Result unknown = run(concat(new String[] {"quarantine-kiosk"}, kiosk));
    String code = run(concat(new String[] {"create-enrolment-code"}, kiosk)).out().strip();
    try (Database database = Database.open(db, null, null)) {
      Backend.over(database, java.time.Clock.systemUTC()).enrolment().enrol(code).orElseThrow();
    }

    Result quarantined = run(concat(new String[] {"quarantine-kiosk"}, kiosk));
    Result ingests = run(concat(new String[] {"kiosk-ingests"}, kiosk));
    Result released = run(concat(new String[] {"quarantine-kiosk"}, concat(kiosk, "--release")));
    Result releasedAgain =
        run(concat(new String[] {"quarantine-kiosk"}, concat(kiosk, "--release")));

    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("no kiosk zuil-1");
    assertThat(quarantined.exit()).isZero();
    assertThat(quarantined.err()).contains("left out of the statistics");
    assertThat(ingests.out().lines())
        .containsExactly(
            "received\tdevice\tledger\tbuckets\tchanged\tvisits changed\tservice days");
    assertThat(released.exit()).isZero();
    assertThat(releasedAgain.exit()).isEqualTo(1);
    try (Database database = Database.open(db, null, null)) {
      assertThat(
              Backend.over(database, java.time.Clock.systemUTC())
                  .audit()
                  .recent("voorbeeldregio")
                  .stream()
                  .map(e -> e.username() + " " + e.action().code() + " " + e.target()))
          .as("the audit log, newest first: what changed, not what was refused or only read")
          .containsExactly(
              "cli kiosk-released hengelo-bibliotheek/zuil-1",
              "cli kiosk-quarantined hengelo-bibliotheek/zuil-1",
              "cli enrolment-code-created hengelo-bibliotheek/zuil-1");
    }
  }

  private static Result run(String... args) {
    CommandLine commandLine = BackendMain.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exit = commandLine.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  private record Result(int exit, String out, String err) {}
}
