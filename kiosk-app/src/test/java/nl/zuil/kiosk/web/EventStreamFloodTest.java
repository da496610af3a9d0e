package nl.zuil.kiosk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import nl.zuil.kiosk.testing.WebClient;
import nl.zuil.kiosk.testing.WebConsoleFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The waiting-room display's event stream needs no login, so anyone on the inlooppunt's network can
 * ask for it over and over: 10,000 open streams once took a kiosk from 635 to 1,242 MB. Here 10,000
 * stream requests come from ten loopback addresses over 100 TLS connections at once; the console
 * keeps its bounds, refuses the rest plainly, holds no memory for them and still serves the
 * display.
 */
class EventStreamFloodTest {

  private static final int REQUESTS = 10_000;
  private static final int ADDRESSES = 10;
  private static final int CONNECTIONS = 100;
  private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length: *([0-9]+)");

  /**
   * What the whole flood may leave on the heap (client and server share this JVM). Holding every
   * stream would take some 600 MB (60 KB each, as measured for the issue); the bounded ones and the
   * closed refusals take a few.
   */
  private static final long HEAP_BOUND = 32L * 1024 * 1024;

  @TempDir Path dir;
  WebConsoleFixture web;
  SSLContext tls;
  URI base;
  final List<SSLSocket> held = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    web =
        WebConsoleFixture.start(
            dir, WebConsoleFixture.certificate(Files.createDirectories(dir.resolve("keys"))));
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(web.certificate.keystore())) {
      trusted.load(in, web.certificate.password().toCharArray());
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    base = URI.create(web.base);
  }

  @AfterEach
  void stop() throws IOException {
    for (SSLSocket socket : held) {
      socket.close();
    }
    web.close();
  }

  @Test
  void tenThousandDisplayStreamsAreRefusedPastTheBoundsWithTheHeapBounded() throws Exception {
    long heapBefore = usedHeapAfterGc();
    ConcurrentLinkedQueue<SSLSocket> streams = new ConcurrentLinkedQueue<>();
    ConcurrentHashMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    AtomicInteger withoutRetryAfter = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    // Each client asks again on its connection after a refusal, as a flooding script would, and
    // opens a new connection when it got a stream.
    for (int c = 0; c < CONNECTIONS; c++) {
      String from = "127.0.0." + (2 + c % ADDRESSES);
      done.add(
          clients.submit(
              () -> {
                SSLSocket socket = connect(from);
                for (int r = 0; r < REQUESTS / CONNECTIONS; r++) {
                  Answer answer = ask(socket);
                  statuses
                      .computeIfAbsent(answer.status(), s -> new AtomicInteger())
                      .incrementAndGet();
                  if (answer.status() == 200) {
                    streams.add(socket);
                    socket = connect(from);
                  } else if (!answer.head().contains("Retry-After: 30")) {
                    withoutRetryAfter.incrementAndGet();
                  }
                }
                socket.close();
                return null;
              }));
    }
    for (Future<?> client : done) {
      client.get(2, TimeUnit.MINUTES);
    }
    clients.shutdown();
    held.addAll(streams);

    assertThat(held).hasSize(DisplayRoutes.DISPLAY_STREAMS);
    assertThat(statuses.get(200)).hasValue(DisplayRoutes.DISPLAY_STREAMS);
    assertThat(statuses.get(429).get() + statuses.get(503).get())
        .isEqualTo(REQUESTS - DisplayRoutes.DISPLAY_STREAMS);
    assertThat(statuses.keySet()).containsExactlyInAnyOrder(200, 429, 503);
    assertThat(withoutRetryAfter).hasValue(0);
    assertThat(web.server.liveListeners()).isEqualTo(DisplayRoutes.DISPLAY_STREAMS);

    // The display still works: the page loads, and a held stream has its first board.
    assertThat(new WebClient(web.base, web.certificate).get("/display").statusCode())
        .isEqualTo(200);
    assertThat(firstEvent(held.get(0))).contains("event: display");
    // A refusal says why in words.
    try (SSLSocket newcomer = connect("127.0.0.99")) {
      Answer refused = ask(newcomer);
      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.body()).contains("Too many live connections");
    }

    long grown = usedHeapAfterGc() - heapBefore;
    assertThat(grown).as("heap grown by %d MB", grown >> 20).isLessThan(HEAP_BOUND);
  }

  /** An answer's status line and headers, and its body when it is not a stream. */
  record Answer(int status, String head, String body) {}

  private SSLSocket connect(String from) throws IOException {
    Socket plain = new Socket();
    plain.bind(new InetSocketAddress(from, 0));
    plain.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
    SSLSocket socket =
        (SSLSocket)
            tls.getSocketFactory().createSocket(plain, base.getHost(), base.getPort(), true);
    socket.setSoTimeout(10_000);
    return socket;
  }

  private Answer ask(SSLSocket socket) throws IOException {
    socket
        .getOutputStream()
        .write(
            ("GET /display/events HTTP/1.1\r\nHost: "
                    + base.getAuthority()
                    + "\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    String head = head(socket.getInputStream());
    int status = Integer.parseInt(head.substring(9, 12));
    if (status == 200) {
      return new Answer(status, head, "");
    }
    Matcher length = CONTENT_LENGTH.matcher(head);
    int bytes = length.find() ? Integer.parseInt(length.group(1)) : 0;
    return new Answer(
        status,
        head,
        new String(socket.getInputStream().readNBytes(bytes), StandardCharsets.UTF_8));
  }

  /** The status line and headers, up to the empty line. */
  private static String head(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    int b;
    while ((b = in.read()) != -1) {
      head.write(b);
      last4 = (last4 << 8) | b;
      if (last4 == 0x0d0a0d0a) {
        break;
      }
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  private static String firstEvent(SSLSocket socket) throws IOException {
    byte[] buffer = new byte[4096];
    int read = socket.getInputStream().read(buffer);
    return new String(buffer, 0, Math.max(read, 0), StandardCharsets.UTF_8);
  }

  private static long usedHeapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
