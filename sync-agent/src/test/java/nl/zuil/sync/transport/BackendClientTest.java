package nl.zuil.sync.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import nl.zuil.regionapi.EnrolmentResponse;
import nl.zuil.regionapi.IngestReceipt;
import nl.zuil.regionapi.Problem;
import nl.zuil.regionapi.ProblemType;
import nl.zuil.sync.TestAgents;
import nl.zuil.sync.transport.DeliveryException.Kind;
import nl.zuil.testsupport.PreviousAgent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the agent reads the backend's refusals: retry when, and whether a person is needed. */
class BackendClientTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private HttpServer server;
  private final AtomicReference<Answer> answer = new AtomicReference<>();
  private final AtomicReference<String> received = new AtomicReference<>();
  private BackendClient client;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          received.set(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          Answer a = answer.get();
          a.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
          byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(a.status(), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    client =
        BackendClient.create(
            TestAgents.settings(
                dir, "http://127.0.0.1:" + server.getAddress().getPort(), TestAgents.none()),
            CLOCK);
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop(0);
  }

  @Test
  void aBusyBackendsRetryAfterInSecondsIsPassedOn() {
    answer.set(new Answer(503, Map.of("Retry-After", "120"), "{\"reason\":\"database\"}"));

    assertThat(failure())
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
            });
  }

  @Test
  void aRetryAfterDateIsCountedFromNow() {
    answer.set(new Answer(429, Map.of("Retry-After", "Mon, 23 Nov 2026 09:05:00 GMT"), ""));

    assertThat(failure().retryAfter()).contains(Duration.ofMinutes(5));
  }

  @Test
  void aRefusedCredentialNeedsAPersonAndARejectionCarriesTheBackendsReason() {
    answer.set(new Answer(401, Map.of(), "{\"error\":\"unauthenticated\",\"reason\":\"no\"}"));
    assertThat(failure().kind()).isEqualTo(Kind.UNAUTHORISED);

    answer.set(
        new Answer(400, Map.of(), "{\"error\":\"invalid\",\"reason\":\"buckets[3].hour bad\"}"));
    assertThat(failure())
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.REFUSED);
              assertThat(e.getMessage()).contains("buckets[3].hour bad");
            });

    answer.set(
        new Answer(409, Map.of(), "{\"error\":\"no_catalogue\",\"reason\":\"no catalogue\"}"));
    assertThat(failure().kind()).isEqualTo(Kind.REJECTED);
  }

  @Test
  void aProblemFromTheBackendGivesItsDetailAsTheReason() throws Exception {
    answer.set(
        new Answer(
            400,
            Map.of("Content-Type", Problem.MEDIA_TYPE),
            new ObjectMapper()
                .writeValueAsString(
                    Problem.of(ProblemType.INVALID, "buckets[3].hour must be 0 to 23, got 24"))));

    assertThat(failure())
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.REFUSED);
              assertThat(e.getMessage())
                  .isEqualTo("400 buckets[3].hour must be 0 to 23, got 24")
                  .doesNotContain("{");
            });
  }

  @Test
  void aBackendThatIsNotThereIsUnavailable() {
    server.stop(0);

    assertThat(failure().kind()).isEqualTo(Kind.UNAVAILABLE);
  }

  @Test
  void enrolsWithTheBodyThePreviousAgentSentAndReadsTheAnswerIntoItsRecord() throws Exception {
    answer.set(
        new Answer(
            201,
            Map.of(),
            "{\"deviceId\":\"d1\",\"credential\":\"zd1.d1.s\",\"regionCode\":\"twente\","
                + "\"locationCode\":\"hengelo-bibliotheek\",\"kioskCode\":\"zuil-1\"}"));

    EnrolmentResponse enrolled = client.enrol("7KQ4-M2XB-9TRD-HW3N-PA6E");

    assertThat(received.get()).isEqualTo(PreviousAgent.body("enrolment-request.json"));
    assertThat(enrolled.credential()).isEqualTo("zd1.d1.s");
    assertThat(enrolled.kioskCode()).isEqualTo("zuil-1");
    assertThat(enrolled.toString()).doesNotContain("zd1.d1.s");
  }

  @Test
  void aFieldANewerBackendAddsIsIgnored() throws Exception {
    answer.set(
        new Answer(
            200,
            Map.of(),
            "{\"acknowledgedRevision\":7,\"buckets\":2,\"applied\":1,"
                + "\"serverTime\":\"2026-11-23T09:00:00Z\",\"storedIn\":\"eu-west\"}"));

    IngestReceipt receipt = client.sendBuckets("{}".getBytes(StandardCharsets.UTF_8), "Bearer x");

    assertThat(receipt.acknowledgedRevision()).isEqualTo(7);
    assertThat(receipt.buckets()).isEqualTo(2);
  }

  @Test
  void anAnswerThatIsNotTheReceiptAcknowledgesNothing() {
    String[][] answers = {
      {"{\"buckets\":2,\"applied\":1,\"serverTime\":\"t\"}", "acknowledgedRevision"},
      {
        "{\"acknowledgedRevision\":\"7\",\"buckets\":2,\"applied\":1,\"serverTime\":\"t\"}",
        "acknowledgedRevision"
      },
      {
        "{\"acknowledgedRevision\":null,\"buckets\":2,\"applied\":1,\"serverTime\":\"t\"}",
        "acknowledgedRevision"
      },
      {"[7]", "IngestReceipt"},
      {"null", "without a JSON object"},
      {"<html>ok</html>", "not JSON"}
    };
    for (String[] a : answers) {
      answer.set(new Answer(200, Map.of(), a[0]));
      assertThat(failure())
          .as(a[0])
          .satisfies(
              e -> {
                assertThat(e.kind()).isEqualTo(Kind.BAD_ACKNOWLEDGEMENT);
                assertThat(e.getMessage()).contains(a[1]);
              });
    }
  }

  private DeliveryException failure() {
    DeliveryException[] caught = new DeliveryException[1];
    assertThatThrownBy(
            () -> {
              try {
                client.sendBuckets("{}".getBytes(StandardCharsets.UTF_8), "Bearer x");
              } catch (DeliveryException e) {
                caught[0] = e;
                throw e;
              }
            })
        .isInstanceOf(DeliveryException.class);
    return caught[0];
  }

  private record Answer(int status, Map<String, String> headers, String body) {}
}
