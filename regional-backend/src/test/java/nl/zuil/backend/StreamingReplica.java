package nl.zuil.backend;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.zuil.testsupport.RequiredTool;

/**
 * A real PostgreSQL hot standby of the test server that {@code ./zuil test} starts, on a port of
 * its own: {@code pg_basebackup -R} (which writes {@code standby.signal} and {@code
 * primary_conninfo}) into a temporary folder, then {@code pg_ctl start}. It streams from the
 * primary over the local socket as the {@code postgres} user, so the test must run as root, as
 * {@code ./zuil test} does.
 */
public final class StreamingReplica implements AutoCloseable {

  private static final Pattern PORT = Pattern.compile("//[^:/]+:(\\d+)/");
  private static final String[] SETTINGS_A_STANDBY_MATCHES = {
    "max_connections",
    "max_worker_processes",
    "max_wal_senders",
    "max_prepared_transactions",
    "max_locks_per_transaction"
  };

  private final Path bin;
  private final Path data;
  private final int port;
  private final String primaryUrl;
  private final String user;
  private final String password;

  private StreamingReplica(
      Path bin, Path data, int port, String primaryUrl, String user, String password) {
    this.bin = bin;
    this.data = data;
    this.port = port;
    this.primaryUrl = primaryUrl;
    this.user = user;
    this.password = password;
  }

  /**
   * A standby of the server {@code primaryUrl} is on, running and caught up, its files in {@code
   * dir} (a test's temporary folder, which the {@code postgres} user is then allowed to enter).
   */
  public static StreamingReplica start(Path dir, String primaryUrl, String user, String password)
      throws IOException, InterruptedException, SQLException {
    RequiredTool.find("runuser", "util-linux");
    Path bin = serverBin();
    Path data = dir.resolve("standby");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createDirectories(
        data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
    Files.setOwner(data, users.lookupPrincipalByName("postgres"));
    int primaryPort = portOf(primaryUrl);
    asPostgres(
        bin.resolve("pg_basebackup").toString(),
        "-h",
        "/var/run/postgresql",
        "-p",
        String.valueOf(primaryPort),
        "-D",
        data.toString(),
        "-R",
        "-X",
        "stream",
        "-c",
        "fast");
    int port = freePort();
    StringBuilder conf = new StringBuilder();
    conf.append("port = ").append(port).append('\n');
    conf.append("listen_addresses = '127.0.0.1'\n");
    conf.append("unix_socket_directories = '").append(data).append("'\n");
    conf.append("hot_standby = on\n");
    try (Connection c = DriverManager.getConnection(primaryUrl, user, password);
        Statement s = c.createStatement()) {
      for (String setting : SETTINGS_A_STANDBY_MATCHES) {
        try (ResultSet r = s.executeQuery("SHOW " + setting)) {
          r.next();
          conf.append(setting).append(" = ").append(r.getString(1)).append('\n');
        }
      }
    }
    writeAsPostgres(data.resolve("postgresql.conf"), conf.toString(), users);
    writeAsPostgres(
        data.resolve("pg_hba.conf"),
        "local all postgres peer\nhost all all 127.0.0.1/32 scram-sha-256\n",
        users);
    StreamingReplica replica = new StreamingReplica(bin, data, port, primaryUrl, user, password);
    replica.startServer();
    replica.catchUp();
    return replica;
  }

  /** The JDBC URL of {@code primarySchemaUrl}'s database and schema, on this standby. */
  public String url(String primarySchemaUrl) {
    Matcher m = PORT.matcher(primarySchemaUrl);
    if (!m.find()) {
      throw new IllegalArgumentException("no port in " + primarySchemaUrl);
    }
    return primarySchemaUrl.substring(0, m.start(1)) + port + primarySchemaUrl.substring(m.end(1));
  }

  /** Stops applying what the primary sends: the standby lags until {@link #resumeReplay()}. */
  public void pauseReplay() throws IOException, InterruptedException {
    psql("SELECT pg_wal_replay_pause()");
  }

  public void resumeReplay() throws IOException, InterruptedException, SQLException {
    psql("SELECT pg_wal_replay_resume()");
    catchUp();
  }

  /** How many client connections the standby has open to the test's database. */
  public int clientConnections(String database) throws IOException, InterruptedException {
    return Integer.parseInt(
        psql("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"
                + " AND datname = '"
                + database
                + "'")
            .strip());
  }

  /** Stops the standby at once, as a crash or a lost host would. */
  public void stop() throws IOException, InterruptedException {
    if (Files.exists(data.resolve("postmaster.pid"))) {
      asPostgres(
          bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
    }
  }

  /** Stops the standby; the test's temporary folder takes its files. */
  @Override
  public void close() throws IOException, InterruptedException {
    stop();
  }

  private void startServer() throws IOException, InterruptedException {
    asPostgres(
        bin.resolve("pg_ctl").toString(),
        "-D",
        data.toString(),
        "-l",
        data.resolve("server.log").toString(),
        "-w",
        "-t",
        "60",
        "start");
  }

  /** Waits until the standby has applied everything the primary had written when called. */
  public void catchUp() throws SQLException, InterruptedException {
    String target;
    try (Connection c = DriverManager.getConnection(primaryUrl, user, password);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT pg_current_wal_lsn()")) {
      r.next();
      target = r.getString(1);
    }
    String standbyUrl = url(primaryUrl);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try (Connection c = DriverManager.getConnection(standbyUrl, user, password);
          Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery("SELECT pg_last_wal_replay_lsn() >= '" + target + "'::pg_lsn")) {
        r.next();
        if (r.getBoolean(1)) {
          return;
        }
      } catch (SQLException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the standby did not reach the primary's " + target + " in 60 s");
      }
      Thread.sleep(50);
    }
  }

  private String psql(String sql) throws IOException, InterruptedException {
    return asPostgres(
        bin.resolve("psql").toString(),
        "-h",
        data.toString(),
        "-p",
        String.valueOf(port),
        "-d",
        "postgres",
        "-tAc",
        sql);
  }

  private static String asPostgres(String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
    line.addAll(List.of(command));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", line) + " failed:\n" + output);
    }
    return output;
  }

  private static void writeAsPostgres(Path file, String text, UserPrincipalLookupService users)
      throws IOException {
    Files.writeString(file, text, UTF_8);
    Files.setOwner(file, users.lookupPrincipalByName("postgres"));
  }

  private static Path serverBin() throws IOException {
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions
          .max(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString())))
          .map(p -> p.resolve("bin"))
          .filter(p -> Files.isExecutable(p.resolve("pg_basebackup")))
          .orElseThrow(
              () ->
                  new AssertionError(
                      "no PostgreSQL server under /usr/lib/postgresql: run ./zuil test"));
    }
  }

  private static int portOf(String url) {
    Matcher m = PORT.matcher(url);
    if (!m.find()) {
      throw new IllegalArgumentException("no port in " + url);
    }
    return Integer.parseInt(m.group(1));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
