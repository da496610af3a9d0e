package nl.zuil.bench.console;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.zuil.bench.Report;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.hardware.printer.TicketDocument;
import nl.zuil.hardware.printer.TicketPrinter;
import nl.zuil.kiosk.KioskMain;
import nl.zuil.kiosk.app.KioskRuntime;
import nl.zuil.kiosk.web.ConsoleServer;
import nl.zuil.kioskfiles.kioskconfig.PinHash;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.ticket.TicketRequest;
import nl.zuil.web.Https;
import nl.zuil.web.Keystore;
import nl.zuil.web.ServerThreads;

/**
 * The web console with 10 gidsen on the inlooppunt's network, against the real kiosk wiring
 * (KioskRuntime with its console section, HTTPS, logged-in sessions):
 *
 * <ul>
 *   <li>the waiting-list view (GET /console/api/board) polled by 10 gidsen as fast as they can,
 *       requests per second and latency, beside a trivial HTTPS endpoint on the same Javalin and
 *       TLS set-up and beside the waiting-list query straight on the ledger;
 *   <li>10 gidsen subscribed by server-sent events: from a ticket issued at the kiosk to its row
 *       reaching every console, beside the time the kiosk takes to read the board itself.
 * </ul>
 */
public final class ConsoleWebBench {

  private static final int GIDSEN = 10;
  private static final int WAITING = 30;
  // Two seconds measured the JIT more than the server: Jetty 12's request path took longer to
  // compile than Jetty 11's, and both ran at half their steady rate after 2 s.
  private static final long WARM_UP_MS = 8_000;
  private static final long MEASURE_MS = 6_000;
  private static final int SSE_TICKETS = 100;
  private static final String PIN = "2468";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([0-9A-Z]{10})\"");

  private ConsoleWebBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("zuil-consolebench");
    String password = "bench-" + Long.toHexString(System.nanoTime());
    keystore(dir, password);
    Files.writeString(dir.resolve("keystore-password"), password);
    int port = freePort();
    Path config = config(dir, port);
    try (KioskRuntime kiosk =
        KioskRuntime.start(config, Clock.system(KioskMain.ZONE), p -> new ReadyPrinter())) {
      for (int i = 0; i < WAITING; i++) {
        kiosk.office().issue(TicketRequest.of(i % 2 == 0 ? "find_work" : "learning", "nl")).join();
      }
      ConsoleServer web = kiosk.web().orElseThrow();
      String base = "https://127.0.0.1:" + web.port();
      SSLContext tls = trusting(dir.resolve("kiosk.p12"), password);

      ledgerQuery(kiosk);
      boardRead(kiosk);
      Javalin trivial = trivialServer(dir.resolve("kiosk.p12"), password);
      try {
        int trivialPort = Https.port(trivial);
        List<HttpClient> plain = new ArrayList<>();
        for (int i = 0; i < GIDSEN; i++) {
          plain.add(HttpClient.newBuilder().sslContext(tls).build());
        }
        poll("console.web.trivial_endpoint", plain, "https://127.0.0.1:" + trivialPort + "/ok");
      } finally {
        trivial.stop();
      }
      List<HttpClient> gidsen = new ArrayList<>();
      for (int i = 0; i < GIDSEN; i++) {
        gidsen.add(logIn(base, tls));
      }
      poll("console.web.waiting_list_poll", gidsen, base + "/console/api/board");
      subscribed(kiosk, web, gidsen, base);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Reference: what the waiting list costs the ledger alone, on the caller's thread. */
  private static void ledgerQuery(KioskRuntime kiosk) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MEASURE_MS / 2);
    long queries = 0;
    long start = System.nanoTime();
    while (System.nanoTime() < end) {
      if (kiosk.ledger().desk().waiting().size() != WAITING) {
        throw new IllegalStateException("the queue changed under the benchmark");
      }
      queries++;
    }
    Report.line(
        "console.ledger.waiting_query", queries / ((System.nanoTime() - start) / 1e9), "queries/s");
  }

  /**
   * Reference: one whole board (queue, called, today's referrals and counts) on the ledger thread.
   */
  private static void boardRead(KioskRuntime kiosk) {
    long[] nanos = new long[200];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      kiosk.console().board().join();
      nanos[i] = System.nanoTime() - start;
    }
    Report.line("console.board_read.p50", Report.millis(Report.percentile(nanos, 50)), "ms");
  }

  /** Every gids polls as fast as the answers come; requests per second and latency. */
  private static void poll(String name, List<HttpClient> clients, String url) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(clients.size());
    AtomicBoolean measuring = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    for (HttpClient client : clients) {
      threads.execute(
          () -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
            while (!stop.get()) {
              long start = System.nanoTime();
              try {
                HttpResponse<byte[]> response =
                    client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                  throw new IllegalStateException(url + " answered " + response.statusCode());
                }
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
              if (measuring.get()) {
                latencies.add(System.nanoTime() - start);
              }
            }
          });
    }
    Thread.sleep(WARM_UP_MS);
    measuring.set(true);
    long start = System.nanoTime();
    Thread.sleep(MEASURE_MS);
    measuring.set(false);
    double seconds = (System.nanoTime() - start) / 1e9;
    stop.set(true);
    threads.shutdown();
    threads.awaitTermination(10, TimeUnit.SECONDS);
    long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
    Report.line(name + ".rate", nanos.length / seconds, "req/s");
    Report.line(name + ".p50", Report.millis(Report.percentile(nanos, 50)), "ms");
    Report.line(name + ".p99", Report.millis(Report.percentile(nanos, 99)), "ms");
  }

  /**
   * 10 consoles follow the live stream; a visitor takes a ticket every 100 ms; how long from the
   * tap until each console has the new row.
   */
  private static void subscribed(
      KioskRuntime kiosk, ConsoleServer web, List<HttpClient> gidsen, String base)
      throws Exception {
    int before = web.liveListeners();
    List<List<Arrival>> arrivals = new ArrayList<>();
    List<CompletableFuture<HttpResponse<Stream<String>>>> streams = new ArrayList<>();
    for (HttpClient gids : gidsen) {
      List<Arrival> received = Collections.synchronizedList(new ArrayList<>());
      arrivals.add(received);
      CompletableFuture<HttpResponse<Stream<String>>> stream =
          gids.sendAsync(
              HttpRequest.newBuilder(URI.create(base + "/console/events"))
                  .header("Accept", "text/event-stream")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofLines());
      stream.thenAcceptAsync(
          response ->
              response
                  .body()
                  .filter(line -> line.startsWith("data:"))
                  .forEach(line -> received.add(new Arrival(System.nanoTime(), references(line)))));
      streams.add(stream);
    }
    long deadline = System.currentTimeMillis() + 10_000;
    while (web.liveListeners() < before + GIDSEN && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    Map<String, Long> tapped = new ConcurrentHashMap<>();
    for (int i = 0; i < SSE_TICKETS; i++) {
      long start = System.nanoTime();
      Ticket ticket = kiosk.office().issue(TicketRequest.of("money_debt", "nl")).join().ticket();
      tapped.put(ticket.reference(), start);
      Thread.sleep(100);
    }
    Thread.sleep(2_000);
    streams.forEach(s -> s.cancel(true));
    List<Long> delays = new ArrayList<>();
    for (List<Arrival> received : arrivals) {
      for (Map.Entry<String, Long> ticket : tapped.entrySet()) {
        long first =
            received.stream()
                .filter(a -> a.references().contains(ticket.getKey()))
                .mapToLong(Arrival::nanos)
                .min()
                .orElseThrow(
                    () -> new IllegalStateException("a console never got " + ticket.getKey()));
        delays.add(first - ticket.getValue());
      }
    }
    long[] nanos = delays.stream().mapToLong(Long::longValue).toArray();
    Report.line(
        "console.web.sse_new_ticket_to_10_consoles.p50",
        Report.millis(Report.percentile(nanos, 50)),
        "ms");
    Report.line(
        "console.web.sse_new_ticket_to_10_consoles.p99",
        Report.millis(Report.percentile(nanos, 99)),
        "ms");
  }

  /** One board event as a console received it. */
  private record Arrival(long nanos, Set<String> references) {}

  private static Set<String> references(String line) {
    Set<String> found = new HashSet<>();
    Matcher reference = REFERENCE.matcher(line);
    while (reference.find()) {
      found.add(reference.group(1));
    }
    return found;
  }

  private static HttpClient logIn(String base, SSLContext tls) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .sslContext(tls)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String page =
        client
            .send(
                HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher csrf = CSRF.matcher(page);
    if (!csrf.find()) {
      throw new IllegalStateException("no token on the login page");
    }
    HttpResponse<String> login =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf.group(1) + "&pin=" + PIN))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 303) {
      throw new IllegalStateException("login refused: " + login.statusCode());
    }
    return client;
  }

  /** The same Javalin, TLS and thread set-up as the console, answering "ok": the floor. */
  private static Javalin trivialServer(Path keystore, String password) {
    return Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.compressionStrategy = CompressionStrategy.NONE;
              ServerThreads.daemons(config, "trivial-web", 64, 4);
              Https.listen(config, "127.0.0.1", 0, new Keystore(keystore, password));
              config.routes.get("/ok", ctx -> ctx.result("ok"));
            })
        .start();
  }

  private static Path config(Path dir, int port) throws Exception {
    String staff = PinHash.create("4321".toCharArray(), PinHash.MIN_ITERATIONS).encoded();
    String gids = PinHash.create(PIN.toCharArray(), PinHash.MIN_ITERATIONS).encoded();
    String json =
        """
        {
          "location": { "code": "bench-locatie", "name": "Benchmark" },
          "kioskCode": "zuil-1",
          "desk": { "code": "balie-1", "name": "Balie 1" },
          "ledgerPath": "ledger.db",
          "printer": { "profile": "virtual" },
          "screen": { "orientation": "landscape", "widthPx": 1920, "heightPx": 1080, "widthMm": 476, "heightMm": 268 },
          "staffPinHash": "%s",
          "console": {
            "bindAddress": "127.0.0.1",
            "port": %d,
            "keystorePath": "kiosk.p12",
            "keystorePasswordFile": "keystore-password",
            "gidsPinHash": "%s"
          }
        }
        """
            .formatted(staff, port, gids);
    return Files.writeString(dir.resolve("kiosk.json"), json);
  }

  private static void keystore(Path dir, String password) throws Exception {
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "kiosk",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=zuil-bench",
                "-ext",
                "san=ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                dir.resolve("kiosk.p12").toString(),
                "-storepass",
                password,
                "-keypass",
                password)
            .redirectErrorStream(true)
            .start();
    keytool.getInputStream().readAllBytes();
    if (keytool.waitFor() != 0) {
      throw new IllegalStateException("keytool failed");
    }
  }

  private static SSLContext trusting(Path keystore, String password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, password.toCharArray());
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Always ready; the benchmark is about the console, not paper. */
  private static final class ReadyPrinter implements TicketPrinter {
    private final PrinterStatus ready = PrinterStatus.ready(Instant.EPOCH);

    @Override
    public CompletableFuture<PrintResult> print(TicketDocument ticket) {
      return CompletableFuture.completedFuture(new PrintResult(true, ready));
    }

    @Override
    public PrinterStatus status() {
      return ready;
    }

    @Override
    public void onStatusChange(Consumer<PrinterStatus> listener) {}

    @Override
    public void close() {}
  }
}
