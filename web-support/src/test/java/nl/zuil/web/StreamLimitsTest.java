package nl.zuil.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.sse.SseClient;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event stream past its address's share is refused, and an ended stream gives its place back.
 */
class StreamLimitsTest {

  @TempDir Path dir;

  @Test
  void aSecondStreamFromOneAddressIsRefusedUntilTheFirstEnds() throws Exception {
    StreamLimits limits = new StreamLimits(1, 5);
    LinkedBlockingQueue<SseClient> open = new LinkedBlockingQueue<>();
    try (HttpsServer server =
        new HttpsServer(
            dir,
            routes ->
                routes.get(
                    "/events",
                    limits.stream(
                        client -> {
                          client.keepAlive();
                          open.add(client);
                        })))) {
      HttpResponse<InputStream> first = stream(server);
      SseClient firstOnServer = open.poll(10, TimeUnit.SECONDS);
      HttpResponse<String> second = refused(server);

      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(second.statusCode()).isEqualTo(429);
      assertThat(second.headers().firstValue("Retry-After")).contains("30");
      assertThat(second.body()).contains("Te veel live-verbindingen", "Too many live connections");
      assertThat(limits.open()).isEqualTo(1);

      firstOnServer.close();
      first.body().close();

      assertThat(limits.open()).isZero();
      assertThat(stream(server).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aRequestThatDoesNotAskForAStreamTakesNoPlace() throws Exception {
    StreamLimits limits = new StreamLimits(1, 1);
    try (HttpsServer server =
        new HttpsServer(
            dir, routes -> routes.get("/events", limits.stream(SseClient::keepAlive)))) {
      assertThat(server.get("/events").statusCode()).isEqualTo(200);
      assertThat(limits.open()).isZero();
    }
  }

  private static HttpResponse<InputStream> stream(HttpsServer server) throws Exception {
    return server.client.send(
        HttpRequest.newBuilder(URI.create(server.url("/events")))
            .header("Accept", "text/event-stream")
            .build(),
        HttpResponse.BodyHandlers.ofInputStream());
  }

  private static HttpResponse<String> refused(HttpsServer server) throws Exception {
    return server.client.send(
        HttpRequest.newBuilder(URI.create(server.url("/events")))
            .header("Accept", "text/event-stream")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
