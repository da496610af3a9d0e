package nl.zuil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpsTest {

  @TempDir Path dir;

  @Test
  void servesHttpsWithTheKeystoresCertificateOnTheAddressAskedFor() throws Exception {
    try (HttpsServer server =
        new HttpsServer(dir, routes -> routes.get("/", c -> c.result("ok")))) {
      HttpResponse<String> answer = server.get("/");

      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("ok");
      assertThat(answer.sslSession()).isPresent();
      assertThat(server.app.jettyServer().server().getConnectors()).hasSize(1);
    }
  }

  @Test
  void aPlainHttpRequestGetsNoPage() throws Exception {
    try (HttpsServer server =
        new HttpsServer(dir, routes -> routes.get("/", c -> c.result("ok")))) {
      String plain = server.url("/").replace("https:", "http:");
      HttpResponse<String> answer;
      try {
        answer =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(plain)).build(),
                    HttpResponse.BodyHandlers.ofString());
      } catch (IOException refused) {
        return; // the connection was closed: no page, as it should be
      }
      assertThat(answer.statusCode()).isEqualTo(400);
      assertThat(answer.body()).doesNotContain("ok");
    }
  }

  @Test
  void aClientThatDoesNotTrustTheCertificateIsRefused() throws Exception {
    try (HttpsServer server =
        new HttpsServer(dir, routes -> routes.get("/", c -> c.result("ok")))) {
      assertThatThrownBy(
              () ->
                  HttpClient.newHttpClient()
                      .send(
                          HttpRequest.newBuilder(URI.create(server.url("/"))).build(),
                          HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(IOException.class);
    }
  }
}
