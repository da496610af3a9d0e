package nl.zuil.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * HTTP/1.1 over TLS from a chosen source address on loopback (any 127.0.0.x on Linux), which Java's
 * HttpClient cannot choose: how a test sends login attempts from many addresses at a server on
 * 127.0.0.1, as an attacker on a network with many addresses would. One request per connection.
 */
public final class BoundHttps {

  /** An answer: its status, headers (names in lower case) and body as UTF-8 text. */
  public record Answer(int status, Map<String, List<String>> headers, String body) {

    public Optional<String> header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
    }

    /** The value a {@code Set-Cookie} of this answer gives {@code name}. */
    public Optional<String> cookie(String name) {
      return headers.getOrDefault("set-cookie", List.of()).stream()
          .map(c -> c.split(";", 2)[0])
          .filter(c -> c.startsWith(name + "="))
          .map(c -> c.substring(name.length() + 1))
          .findFirst();
    }
  }

  private final SSLContext tls;
  private final int port;

  /** A client of the server at 127.0.0.1:{@code port} that trusts what {@code tls} trusts. */
  public BoundHttps(SSLContext tls, int port) {
    this.tls = tls;
    this.port = port;
  }

  public Answer get(String from, String path, String cookies) {
    return send(from, "GET", path, cookies, null, Map.of());
  }

  public Answer postForm(String from, String path, String cookies, String form) {
    return send(from, "POST", path, cookies, form, Map.of());
  }

  /** A form with more request headers, such as the X-Forwarded-For a reverse proxy adds. */
  public Answer postForm(
      String from, String path, String cookies, String form, Map<String, String> headers) {
    return send(from, "POST", path, cookies, form, headers);
  }

  private Answer send(
      String from,
      String method,
      String path,
      String cookies,
      String form,
      Map<String, String> headers) {
    byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1:").append(port).append("\r\n");
    head.append("Connection: close\r\n");
    if (cookies != null && !cookies.isEmpty()) {
      head.append("Cookie: ").append(cookies).append("\r\n");
    }
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (form != null) {
      head.append("Content-Type: application/x-www-form-urlencoded\r\n");
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    Socket plain = new Socket();
    try {
      plain.bind(new InetSocketAddress(from, 0));
      plain.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      plain.setSoTimeout(30_000);
      try (SSLSocket socket =
          (SSLSocket) tls.getSocketFactory().createSocket(plain, "127.0.0.1", port, true)) {
        socket.startHandshake();
        OutputStream out = socket.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return read(socket.getInputStream());
      }
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " from " + from + " failed", e);
    } finally {
      try {
        plain.close();
      } catch (IOException ignored) {
        // closed with the TLS socket already
      }
    }
  }

  private static Answer read(InputStream in) throws IOException {
    String status = line(in);
    String[] parts = status.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP answer: " + status);
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String line = line(in); !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      headers
          .computeIfAbsent(
              line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(line.substring(colon + 1).trim());
    }
    byte[] body;
    if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
      ByteArrayOutputStream chunks = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16);
          size > 0;
          size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
        chunks.write(in.readNBytes(size));
        line(in);
      }
      body = chunks.toByteArray();
    } else if (headers.containsKey("content-length")) {
      body = in.readNBytes(Integer.parseInt(headers.get("content-length").get(0)));
    } else {
      body = in.readAllBytes();
    }
    return new Answer(
        Integer.parseInt(parts[1]), headers, new String(body, StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("the answer ended early");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }
}
