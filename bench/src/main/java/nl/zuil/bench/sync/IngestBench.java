package nl.zuil.bench.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.enrolment.EnrolledDevice;
import nl.zuil.backend.http.ApiServer;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.http.ServerSettings;
import nl.zuil.backend.http.Tls;
import nl.zuil.backend.ingest.BucketCounts;
import nl.zuil.backend.ingest.RatingCounts;
import nl.zuil.backend.store.Database;
import nl.zuil.bench.PgSchema;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.Codes;
import nl.zuil.catalogue.Outcome;
import nl.zuil.catalogue.PartnerRule;
import nl.zuil.regionapi.HistogramBins;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Backend ingest: 1,000 enrolled kiosks send their buckets over HTTPS, {@value #IN_FLIGHT} requests
 * in flight at a time, on SQLite and on PostgreSQL. Beside it, in the same run, the raw upsert rate
 * of the same database through the same store (same statement, same batch sizes, no HTTP, JSON,
 * authentication or validation): the ratio is our overhead. The request latency's p99 is given over
 * all rounds and over the rounds after the first, whose tail is the cold server's (JIT, 64 TLS
 * handshakes at once). With {@value #IN_FLIGHT} requests always in flight, the mean latency is
 * {@value #IN_FLIGHT} divided by the requests per second (Little's law).
 *
 * <p>PostgreSQL is the one {@code ./zuil test} starts (ZUIL_TEST_PG_URL, _USER, _PASSWORD).
 */
public final class IngestBench {

  private static final int KIOSKS = 1000;
  private static final int BUCKETS_PER_REQUEST = 40;
  private static final int ROUNDS = 3;
  private static final int IN_FLIGHT = 64;
  private static final MediaType JSON = MediaType.get("application/json");
  private static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();
  // The backend refuses a bucket whose outcome needs a partner and names none (decision 0207).
  private static final List<String> OUTCOMES_WITHOUT_PARTNER =
      CATALOGUE.outcomes().stream()
          .filter(o -> o.partner() != PartnerRule.REQUIRED)
          .map(Outcome::code)
          .toList();

  public static void main(String[] args) throws Exception {
    Path dir = BenchFiles.scratch("zuil-ingest-bench");
    BenchTls tls = BenchTls.create(dir);
    run(
        "sqlite",
        () -> Database.open("jdbc:sqlite:" + dir.resolve("ingest.db"), null, null),
        () -> Database.open("jdbc:sqlite:" + dir.resolve("raw.db"), null, null),
        tls);
    String url = System.getenv("ZUIL_TEST_PG_URL");
    if (url == null) {
      System.out.println(
          "ingest_postgresql: not measured (ZUIL_TEST_PG_URL unset; ./zuil test starts PostgreSQL"
              + " and sets it)");
      return;
    }
    String user = System.getenv("ZUIL_TEST_PG_USER");
    String password = System.getenv("ZUIL_TEST_PG_PASSWORD");
    try (PgSchema ingest = PgSchema.create(url, user, password);
        PgSchema raw = PgSchema.create(url, user, password)) {
      run(
          "postgresql",
          () -> Database.open(ingest.url(), user, password),
          () -> Database.open(raw.url(), user, password),
          tls);
    }
  }

  private static void run(String name, Opener ingestDb, Opener rawDb, BenchTls tls)
      throws Exception {
    List<List<BucketCounts>> payloads = payloads();
    long buckets = (long) KIOSKS * BUCKETS_PER_REQUEST * ROUNDS;

    double rawRate;
    try (Database database = rawDb.open()) {
      Backend backend = Backend.over(database, Clock.systemUTC());
      seed(backend);
      List<Device> devices = new ArrayList<>();
      for (int k = 0; k < KIOSKS; k++) {
        devices.add(new Device("raw-" + k, CATALOGUE.region().code(), location(k), kiosk(k)));
      }
      long start = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
      List<Future<?>> work = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        for (int k = 0; k < KIOSKS; k++) {
          Device device = devices.get(k);
          List<BucketCounts> payload = withRevision(payloads.get(k), round);
          work.add(pool.submit(() -> backend.buckets().upsert(device, "0", payload, 0)));
        }
      }
      for (Future<?> f : work) {
        f.get();
      }
      pool.shutdown();
      rawRate = buckets / seconds(start);
    }

    try (Database database = ingestDb.open()) {
      Backend backend = Backend.over(database, Clock.systemUTC());
      seed(backend);
      List<String> credentials = new ArrayList<>();
      for (int k = 0; k < KIOSKS; k++) {
        String code =
            backend
                .enrolment()
                .createCode(CATALOGUE.region().code(), location(k), kiosk(k), Duration.ofHours(1))
                .code();
        EnrolledDevice device = backend.enrolment().enrol(code).orElseThrow();
        credentials.add(device.credential());
      }
      ApiServer server =
          ApiServer.start(
              backend,
              new ServerSettings(
                  "127.0.0.1",
                  0,
                  Optional.of(new Tls(tls.keystore(), tls.password())),
                  ServerSettings.DEFAULT_MAX_REQUEST_BYTES));
      OkHttpClient http = client();
      String url = "https://127.0.0.1:" + server.port() + "/api/v1/buckets";
      long[] latencies = new long[KIOSKS * ROUNDS];
      ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
      List<Future<?>> work = new ArrayList<>();
      long start = System.nanoTime();
      for (int round = 0; round < ROUNDS; round++) {
        for (int k = 0; k < KIOSKS; k++) {
          int index = round * KIOSKS + k;
          byte[] body = body(k, withRevision(payloads.get(k), round));
          String credential = credentials.get(k);
          work.add(
              pool.submit(
                  () -> {
                    long sent = System.nanoTime();
                    Request request =
                        new Request.Builder()
                            .url(url)
                            .header("Authorization", "Bearer " + credential)
                            .post(RequestBody.create(body, JSON))
                            .build();
                    try (Response response = http.newCall(request).execute()) {
                      if (response.code() != 200) {
                        throw new IllegalStateException(
                            "HTTP " + response.code() + ": " + response.body().string());
                      }
                      response.body().bytes();
                    }
                    latencies[index] = System.nanoTime() - sent;
                    return null;
                  }));
        }
      }
      double ingestRate;
      try {
        for (Future<?> f : work) {
          f.get();
        }
        ingestRate = buckets / seconds(start);
      } finally {
        // A refused request must end the benchmark, not leave the server and pool running.
        pool.shutdownNow();
        server.close();
      }
      // The first round also times a cold server: JIT, and 64 TLS handshakes at once.
      double warmP99 = p99(Arrays.copyOfRange(latencies, KIOSKS, latencies.length));
      double p99 = p99(latencies);
      System.out.printf("ingest_%s_buckets_per_second: %.0f buckets/s%n", name, ingestRate);
      System.out.printf("ingest_%s_p99_request_latency: %.1f ms%n", name, p99);
      System.out.printf(
          "ingest_%s_p99_request_latency_after_first_round: %.1f ms%n", name, warmP99);
      System.out.printf("raw_upsert_%s_buckets_per_second: %.0f buckets/s%n", name, rawRate);
      System.out.printf("ingest_%s_vs_raw_upsert: %.2f ratio%n", name, ingestRate / rawRate);
    }
  }

  /** One day of a medium kiosk per request: 40 different buckets, the same for every round. */
  private static List<List<BucketCounts>> payloads() {
    Random random = new Random(42);
    List<List<BucketCounts>> all = new ArrayList<>();
    for (int k = 0; k < KIOSKS; k++) {
      List<BucketCounts> buckets = new ArrayList<>();
      for (int b = 0; b < BUCKETS_PER_REQUEST; b++) {
        int visits = 1 + random.nextInt(6);
        int[] wait = new int[HistogramBins.BINS];
        int[] service = new int[HistogramBins.BINS];
        wait[random.nextInt(4)] = visits;
        service[random.nextInt(4)] = visits;
        buckets.add(
            new BucketCounts(
                LocalDate.of(2026, 11, 2),
                8 + b % 10,
                CATALOGUE.questionTypes().get(b / 10 % CATALOGUE.questionTypes().size()).code(),
                CATALOGUE.situations().get(b % CATALOGUE.situations().size()).code(),
                OUTCOMES_WITHOUT_PARTNER.get(b % 3),
                Codes.NONE,
                visits,
                0,
                wait,
                service,
                b + 1,
                0,
                visits,
                RatingCounts.NONE));
      }
      all.add(buckets);
    }
    return all;
  }

  private static List<BucketCounts> withRevision(List<BucketCounts> buckets, int round) {
    List<BucketCounts> copy = new ArrayList<>(buckets.size());
    for (BucketCounts b : buckets) {
      copy.add(
          new BucketCounts(
              b.serviceDate(),
              b.hour(),
              b.question(),
              b.situation(),
              b.outcome(),
              b.partner(),
              b.visits() + round,
              b.confirmedReferrals(),
              b.waitTimes(),
              b.serviceTimes(),
              b.revision() + (long) round * BUCKETS_PER_REQUEST,
              b.corrections(),
              b.questions() + round,
              b.ratings()));
    }
    return copy;
  }

  private static byte[] body(int kiosk, List<BucketCounts> buckets) {
    StringBuilder json =
        new StringBuilder("{\"locationCode\":\"")
            .append(location(kiosk))
            .append("\",\"kioskCode\":\"")
            .append(kiosk(kiosk))
            .append("\",\"ledgerId\":\"0\",\"buckets\":[");
    for (int i = 0; i < buckets.size(); i++) {
      BucketCounts b = buckets.get(i);
      json.append(i == 0 ? "" : ",")
          .append("{\"serviceDate\":\"")
          .append(b.serviceDate())
          .append("\",\"hour\":")
          .append(b.hour())
          .append(",\"question\":\"")
          .append(b.question())
          .append("\",\"situation\":\"")
          .append(b.situation())
          .append("\",\"outcome\":\"")
          .append(b.outcome())
          .append("\",\"partner\":\"")
          .append(b.partner())
          .append("\",\"visits\":")
          .append(b.visits())
          .append(",\"confirmedReferrals\":")
          .append(b.confirmedReferrals())
          .append(",\"waitTimes\":")
          .append(Arrays.toString(b.waitTimes()).replace(" ", ""))
          .append(",\"serviceTimes\":")
          .append(Arrays.toString(b.serviceTimes()).replace(" ", ""))
          .append(",\"revision\":")
          .append(b.revision())
          .append('}');
    }
    return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void seed(Backend backend) {
    backend.regions().publish(CATALOGUE);
    for (int l = 0; l < KIOSKS / 20; l++) {
      backend
          .regions()
          .saveLocation(
              CATALOGUE.region().code(), location(l * 20), "Locatie " + l, "Gemeente " + l);
    }
  }

  private static String location(int kiosk) {
    return "locatie-" + kiosk / 20;
  }

  private static String kiosk(int kiosk) {
    return "zuil-" + kiosk % 20;
  }

  private static double p99(long[] nanos) {
    Arrays.sort(nanos);
    return nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Trusts the benchmark's own certificate; the pin check itself is covered by the tests. */
  private static OkHttpClient client() throws Exception {
    X509TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
    OkHttpClient client =
        new OkHttpClient.Builder()
            .sslSocketFactory(context.getSocketFactory(), trustAll)
            .hostnameVerifier((host, session) -> true)
            .connectionPool(new ConnectionPool(IN_FLIGHT, 1, TimeUnit.MINUTES))
            .readTimeout(Duration.ofSeconds(60))
            .build();
    client.dispatcher().setMaxRequests(IN_FLIGHT);
    client.dispatcher().setMaxRequestsPerHost(IN_FLIGHT);
    return client;
  }

  private interface Opener {
    Database open() throws IOException;
  }
}
