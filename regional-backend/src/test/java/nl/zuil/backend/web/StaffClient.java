package nl.zuil.backend.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.zuil.testsupport.TestCertificate;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A browser without a screen: keeps its cookies, follows no redirects (the tests look at them), and
 * reads any answer as text, spreadsheets included.
 */
final class StaffClient {

  private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"login\" value=\"([^\"]+)\"");
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final StaffServer server;
  private final HttpClient http;
  private final Map<String, String> cookies;

  record Answer(int status, HttpResponse<byte[]> response) {
    String header(String name) {
      return response.headers().firstValue(name).orElse("");
    }

    List<String> headers(String name) {
      return response.headers().allValues(name);
    }

    /** The body as a reader would see it: text, or every cell and sheet name of a workbook. */
    String text() {
      byte[] body = response.body();
      if (header("Content-Type").startsWith("application/vnd.openxmlformats")) {
        return workbookText(body);
      }
      return new String(body, UTF_8);
    }
  }

  /** The same browser (its cookies) reaching another server, as a reverse proxy may send it. */
  StaffClient(StaffClient sameBrowser, StaffServer other) {
    this.server = other;
    this.http = sameBrowser.http;
    this.cookies = sameBrowser.cookies;
  }

  StaffClient(StaffServer server, TestCertificate certificate) {
    this.server = server;
    this.cookies = new LinkedHashMap<>();
    this.http =
        HttpClient.newBuilder()
            .sslContext(trusting(certificate))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET());
  }

  /** A GET with one more header, e.g. the Accept-Encoding a browser sends. */
  Answer get(String path, String header, String value) {
    return send(HttpRequest.newBuilder(URI.create(server.url(path))).header(header, value).GET());
  }

  /** A request as a kiosk makes it: with its device credential, without the staff cookies. */
  Answer getAsDevice(String path, String credential) {
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(URI.create(server.url(path)))
                  .header("Authorization", "Bearer " + credential)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response);
    } catch (IOException e) {
      throw new AssertionError("request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  Answer post(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> Html.url(e.getKey()) + "=" + Html.url(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A form with one file, as a browser sends a file input: multipart/form-data. */
  Answer postFile(String path, Map<String, String> fields, String fileField, byte[] file) {
    String boundary = "----zuil" + Long.toHexString(System.nanoTime());
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\"catalogue.json\"\r\nContent-Type: application/json\r\n\r\n")
            .getBytes(UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Fills in the login form as a person would; returns the answer to the form. */
  Answer logIn(String username, String password) {
    String form = get("/login").text();
    Matcher token = LOGIN_TOKEN.matcher(form);
    if (!token.find()) {
      throw new AssertionError("no login form:\n" + form);
    }
    return post(
        "/login", Map.of("login", token.group(1), "username", username, "password", password));
  }

  /** The CSRF token of the page at {@code path}. */
  String csrf(String path) {
    Matcher token = CSRF.matcher(get(path).text());
    if (!token.find()) {
      throw new AssertionError("no CSRF field on " + path);
    }
    return token.group(1);
  }

  Map<String, String> cookies() {
    return cookies;
  }

  private Answer send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        String pair = cookie.split(";", 2)[0];
        String name = pair.substring(0, pair.indexOf('='));
        String value = pair.substring(pair.indexOf('=') + 1);
        if (value.isEmpty() || cookie.contains("Max-Age=0")) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
      return new Answer(response.statusCode(), response);
    } catch (IOException e) {
      throw new AssertionError("request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  static String workbookText(byte[] xlsx) {
    List<String> texts = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        texts.add(sheet.getName());
        for (Row row : sheet.read()) {
          for (Cell cell : row) {
            if (cell != null) {
              texts.add(cell.getText());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new AssertionError("not a readable workbook", e);
    }
    return String.join("\n", texts);
  }

  static SSLContext trusting(TestCertificate certificate) {
    try {
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
    } catch (Exception e) {
      throw new AssertionError("cannot trust the test certificate", e);
    }
  }
}
