package nl.zuil.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A loopback HTTP/1.1 proxy that loses, repeats and reorders deliveries on purpose, as a network
 * and a backend that times out after committing would. Each request gets an {@link Fault} from the
 * test's plan; the request is always forwarded on its own connection ({@code Connection: close}),
 * so the proxy knows exactly when the backend has answered.
 *
 * <p>Plain HTTP only: it has to see request boundaries. Tests of TLS itself talk to the backend
 * directly.
 */
public final class FlakyHttpProxy implements AutoCloseable {

  /** What happens to one request. */
  public enum Fault {
    /** Forwarded, answer delivered. */
    NONE,
    /** Never reaches the backend; the client's connection is closed. */
    LOSE_REQUEST,
    /** The backend stores it and answers, but the answer is lost: the connection is closed. */
    LOSE_RESPONSE,
    /** Reaches the backend twice; the client gets the second answer. */
    DUPLICATE,
    /** An older request is delivered again first (late duplicate); then this one, answered. */
    REPLAY_OLDER
  }

  private final ServerSocket server;
  private final InetSocketAddress backend;
  private final IntFunction<Fault> plan;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<byte[]> delivered = new ArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger faults = new AtomicInteger();
  private volatile boolean closed;

  private FlakyHttpProxy(int backendPort, IntFunction<Fault> plan) throws IOException {
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.backend = new InetSocketAddress(InetAddress.getLoopbackAddress(), backendPort);
    this.plan = plan;
    threads.execute(this::accept);
  }

  /**
   * Starts a proxy in front of {@code backendPort} on loopback.
   *
   * @param plan the fault for the n-th request (0-based)
   */
  public static FlakyHttpProxy start(int backendPort, IntFunction<Fault> plan) throws IOException {
    return new FlakyHttpProxy(backendPort, plan);
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Requests seen so far. */
  public int requests() {
    return requests.get();
  }

  /** Requests that met a fault other than {@link Fault#NONE}. */
  public int faults() {
    return faults.get();
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = server.accept();
        threads.execute(() -> serve(client));
      } catch (IOException e) {
        if (!closed) {
          throw new IllegalStateException("proxy accept failed", e);
        }
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      byte[] request = readRequest(in);
      if (request == null) {
        return;
      }
      Fault fault = plan.apply(requests.getAndIncrement());
      if (fault != Fault.NONE) {
        faults.incrementAndGet();
      }
      switch (fault) {
        case LOSE_REQUEST -> {
          return;
        }
        case LOSE_RESPONSE -> {
          forward(request);
          return;
        }
        case DUPLICATE -> forward(request);
        case REPLAY_OLDER -> {
          byte[] older = olderRequest();
          if (older != null) {
            forward(older);
          }
        }
        case NONE -> {}
      }
      byte[] response = forward(request);
      synchronized (delivered) {
        delivered.add(request);
      }
      out.write(response);
      out.flush();
    } catch (IOException e) {
      // The client gave up or the backend is down: the client sees a closed connection.
    }
  }

  private byte[] olderRequest() {
    synchronized (delivered) {
      return delivered.isEmpty() ? null : delivered.get(requests.get() % delivered.size());
    }
  }

  private byte[] forward(byte[] request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(backend, 5_000);
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      return socket.getInputStream().readAllBytes();
    }
  }

  /** Reads one request and rewrites it to close its connection; null at the end of the stream. */
  private static byte[] readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    StringBuilder rewritten = new StringBuilder(lines[0]).append("\r\n");
    int length = 0;
    for (int i = 1; i < lines.length; i++) {
      String lower = lines[i].toLowerCase(Locale.ROOT);
      if (lower.startsWith("connection:")) {
        continue;
      }
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(lines[i].substring("content-length:".length()).trim());
      }
      rewritten.append(lines[i]).append("\r\n");
    }
    rewritten.append("Connection: close\r\n\r\n");
    byte[] body = in.readNBytes(length);
    if (body.length < length) {
      return null;
    }
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.write(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1));
    request.write(body);
    return request.toByteArray();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    threads.shutdownNow();
  }
}
