package nl.zuil.backend.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.zuil.backend.http.ApiServer;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.http.ServerSettings;
import nl.zuil.backend.http.Tls;
import nl.zuil.backend.stats.WarmUp;
import nl.zuil.backend.web.WebSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Serves the API until SIGTERM, then stops taking requests, finishes the running ones, exits. */
@Command(
    name = "serve",
    description = "Serve the ingest API and the staff pages over HTTPS until stopped.")
public final class ServeCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;
  @Mixin ReadReplicaOptions replica;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on")
  String host;

  @Option(names = "--port", defaultValue = "8443", description = "Port; 0 picks a free one")
  int port;

  @Option(names = "--keystore", description = "PKCS12 keystore with the server certificate")
  Path keystore;

  @Option(
      names = "--keystore-password-file",
      description = "File holding the keystore password (else $ZUIL_KEYSTORE_PASSWORD)")
  Path keystorePasswordFile;

  @Option(
      names = "--plain-http",
      description = "Serve unencrypted HTTP instead of HTTPS. For a local demo only.")
  boolean plainHttp;

  @Option(
      names = "--suppression-threshold",
      defaultValue = "5",
      description = "Counts below this read \"< 5\" on the staff pages; default ${DEFAULT-VALUE}")
  int suppressionThreshold;

  @Option(
      names = "--silent-after-minutes",
      defaultValue = "120",
      description = "A kiosk not heard from for longer stands out; default ${DEFAULT-VALUE}")
  long silentAfterMinutes;

  @Option(
      names = "--session-idle-minutes",
      defaultValue = "30",
      description =
          "Staff are logged out after this long without a request; default ${DEFAULT-VALUE}")
  long sessionIdleMinutes;

  @Option(
      names = "--ingest-log-days",
      defaultValue = "90",
      description =
          "How long the per-device ingest log keeps an entry (counts only); default"
              + " ${DEFAULT-VALUE}")
  long ingestLogDays;

  @Option(
      names = "--audit-log-days",
      defaultValue = "365",
      description =
          "How long the audit log of staff actions keeps an entry; default ${DEFAULT-VALUE}")
  long auditLogDays;

  @Option(
      names = "--trusted-proxy",
      description =
          "Address of a reverse proxy before this backend; the client address of its requests is"
              + " the last X-Forwarded-For entry. Repeat for several.")
  List<String> trustedProxies = new ArrayList<>();

  @Mixin SignInOptions signIn;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Optional<Tls> tls = tls();
    if (suppressionThreshold < 3 || silentAfterMinutes < 1 || sessionIdleMinutes < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--suppression-threshold must be at least 3, the minute options at least 1");
    }
    if (ingestLogDays < 1 || auditLogDays < 1) {
      throw new ParameterException(
          spec.commandLine(), "--ingest-log-days and --audit-log-days must be at least 1");
    }
    if (replica.named()
        && !(replica.url.startsWith("jdbc:postgresql:")
            && database.url.startsWith("jdbc:postgresql:"))) {
      throw new ParameterException(
          spec.commandLine(),
          "--read-replica-url needs PostgreSQL on both sides: a streaming replica of --database");
    }
    WebSettings web =
        new WebSettings(
            suppressionThreshold,
            Duration.ofMinutes(silentAfterMinutes),
            Duration.ofMinutes(sessionIdleMinutes),
            tls.isPresent(),
            trustedProxies,
            signIn.settings(spec.commandLine(), tls.isPresent()));
    Backend backend =
        database.open(Duration.ofDays(ingestLogDays), Duration.ofDays(auditLogDays), replica);
    ApiServer server =
        ApiServer.start(
            backend,
            new ServerSettings(host, port, tls, ServerSettings.DEFAULT_MAX_REQUEST_BYTES),
            web);
    WarmUp.inBackground(backend.regions(), backend.stats(), backend.clock());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("Stopping: finishing requests in flight");
                  server.close();
                  replica.close();
                  backend.database().close();
                  LOG.info("Zuil backend stopped");
                  stopped.countDown();
                },
                "backend-shutdown"));
    stopped.await();
    return 0;
  }

  private Optional<Tls> tls() throws IOException {
    if (plainHttp) {
      if (keystore != null) {
        throw new ParameterException(
            spec.commandLine(), "--plain-http and --keystore exclude each other");
      }
      return Optional.empty();
    }
    if (keystore == null) {
      throw new ParameterException(
          spec.commandLine(),
          "--keystore is required (or --plain-http for a local demo without encryption)");
    }
    return Optional.of(new Tls(keystore, KeystorePassword.read(keystorePasswordFile)));
  }

  /** Reads a keystore password from a file or the environment, never from the command line. */
  static final class KeystorePassword {
    private KeystorePassword() {}

    static String read(Path file) throws IOException {
      if (file != null) {
        return Files.readString(file).strip();
      }
      String fromEnvironment = System.getenv("ZUIL_KEYSTORE_PASSWORD");
      if (fromEnvironment == null) {
        throw new IOException(
            "no keystore password: pass --keystore-password-file or set ZUIL_KEYSTORE_PASSWORD");
      }
      return fromEnvironment;
    }
  }
}
