package nl.zuil.bench.national;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.zuil.backend.access.Role;
import nl.zuil.backend.http.ApiServer;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.http.ServerSettings;
import nl.zuil.backend.http.Tls;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.stats.CachedStats;
import nl.zuil.backend.stats.CatalogueLabels;
import nl.zuil.backend.stats.Dashboard;
import nl.zuil.backend.stats.DashboardBuilder;
import nl.zuil.backend.stats.JdbcStatsStore;
import nl.zuil.backend.stats.Period;
import nl.zuil.backend.stats.StatsQuery;
import nl.zuil.backend.stats.StatsStore;
import nl.zuil.backend.stats.Suppression;
import nl.zuil.backend.stats.WarmUp;
import nl.zuil.backend.store.Database;
import nl.zuil.backend.text.Language;
import nl.zuil.backend.text.Messages;
import nl.zuil.backend.web.WebSettings;
import nl.zuil.bench.Report;
import nl.zuil.bench.stats.KioskDelivery;
import nl.zuil.bench.sync.BenchFiles;
import nl.zuil.bench.sync.BenchTls;

/**
 * The statistics at national scale on PostgreSQL ({@link NationalData}: 35 regions x 30
 * inlooppunten x 5 years). Every dashboard figure is timed twice, through the plain GROUP BY path
 * ({@link JdbcStatsStore}, "plain": what every request paid before decision 0708) and through the
 * backend's own path ({@code backend.stats()}, "served": the cache per selection and data
 * revision), beside the raw GROUP BY of the same rows in the same run.
 *
 * <p>The data is kept in the schema {@value #SCHEMA} between runs (about 20 million rows take some
 * minutes to write); {@code --fresh} builds it anew. Opt-in: {@code bench/run --national}.
 */
public final class NationalBench {

  private static final String SCHEMA = "bench_national_v1";
  private static final String PASSWORD = "national bench password";
  private static final LocalDate YEAR_FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate YEAR_TO = LocalDate.of(2025, 12, 31);
  private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
  private static final Pattern LOGIN = Pattern.compile("name=\"login\" value=\"([^\"]+)\"");
  private static final Pattern SOURCE = Pattern.compile("data-source=\"([^\"]+)\"");
  private static final int RUNS = 20;

  private NationalBench() {}

  public static void main(String[] args) throws Exception {
    String url = System.getenv("ZUIL_TEST_PG_URL");
    if (url == null) {
      System.out.println("national: not measured (ZUIL_TEST_PG_URL unset; bench/run starts it)");
      return;
    }
    String user = System.getenv("ZUIL_TEST_PG_USER");
    String password = System.getenv("ZUIL_TEST_PG_PASSWORD");
    boolean fresh = List.of(args).contains("--fresh") || !complete(url, user, password);
    if (fresh) {
      execute(url, user, password, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      execute(url, user, password, "CREATE SCHEMA " + SCHEMA);
    }
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    try (Database database = Database.open(schemaUrl, user, password)) {
      Backend backend = Backend.over(database, Clock.fixed(NOW, ZoneOffset.UTC));
      if (fresh) {
        load(database, backend);
      }
      new NationalBench().measure(database, backend);
    }
  }

  private static boolean complete(String url, String user, String password) throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, password);
        PreparedStatement query =
            c.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ?"
                    + " AND table_name = 'national_complete'")) {
      query.setString(1, SCHEMA);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return false;
        }
      }
    }
    // The bucket table is unlogged: PostgreSQL empties it when it restarts after a crash (or
    // after the machine stopped without shutting it down).
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement statement = c.createStatement();
        ResultSet row =
            statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + SCHEMA + ".bucket)")) {
      return row.next() && row.getBoolean(1);
    }
  }

  private static void execute(String url, String user, String password, String sql)
      throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static void load(Database database, Backend backend) {
    long start = System.nanoTime();
    // Only reads are measured here (IngestBench measures writes): without the write-ahead log and
    // with the indexes built once after, the rows go in in minutes.
    sql(database, "ALTER TABLE bucket SET UNLOGGED");
    NationalData.seed(database, backend);
    List<String> restore = dropIndexes(database);
    long rows = NationalData.buckets(backend);
    long copied = System.nanoTime();
    for (String statement : restore) {
      sql(database, statement);
    }
    sql(database, "ANALYZE");
    for (int r = 1; r <= NationalData.REGIONS; r++) {
      backend
          .staff()
          .save(
              staff(r),
              NationalData.region(r),
              Role.REGION_STAFF,
              Optional.empty(),
              PASSWORD.toCharArray());
    }
    sql(database, "CREATE TABLE national_complete (rows BIGINT)");
    Report.line("national_data_copy", (copied - start) / 1e9, "s");
    Report.line("national_data_indexes", (System.nanoTime() - copied) / 1e9, "s");
    Report.line("national_data_rows_written", rows, "rows");
  }

  private static String staff(int region) {
    return String.format("staf-%02d", region);
  }

  private static void sql(Database database, String sql) {
    database.inTransaction(
        c -> {
          try (Statement statement = c.createStatement()) {
            statement.execute(sql);
          }
          return null;
        });
  }

  /** Drops the bucket table's primary key and indexes; returns the statements that rebuild them. */
  private static List<String> dropIndexes(Database database) {
    return database.inTransaction(
        c -> {
          List<String> restore = new ArrayList<>();
          String primaryKey = null;
          try (Statement statement = c.createStatement();
              ResultSet rows =
                  statement.executeQuery(
                      "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                          + " WHERE conrelid = 'bucket'::regclass AND contype = 'p'")) {
            while (rows.next()) {
              primaryKey = rows.getString(1);
              restore.add(
                  "ALTER TABLE bucket ADD CONSTRAINT " + primaryKey + " " + rows.getString(2));
            }
          }
          List<String> drops = new ArrayList<>();
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname ="
                      + " current_schema() AND tablename = 'bucket' AND indexname <> ?")) {
            query.setString(1, String.valueOf(primaryKey));
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                restore.add(rows.getString(2));
                drops.add("DROP INDEX " + rows.getString(1));
              }
            }
          }
          if (primaryKey != null) {
            drops.add("ALTER TABLE bucket DROP CONSTRAINT " + primaryKey);
          }
          for (String drop : drops) {
            try (Statement statement = c.createStatement()) {
              statement.execute(drop);
            }
          }
          return restore;
        });
  }

  private void measure(Database database, Backend backend) throws Exception {
    Report.line(
        "national_bucket_rows",
        NationalData.count(database, "SELECT count(*) FROM bucket"),
        "rows");
    String region = NationalData.FIRST_REGION;
    List<Location> all = backend.regions().locations(region);
    Period year = Period.custom(YEAR_FROM, YEAR_TO);
    Period november = Period.month(LocalDate.of(2025, 11, 1));
    String municipality = all.get(0).municipality();
    List<Location> town = all.stream().filter(l -> l.municipality().equals(municipality)).toList();
    StatsStore plain = new JdbcStatsStore(database);
    CatalogueLabels labels = new CatalogueLabels(backend.regions().catalogues(region));

    Report.line(
        "national_region_year_rows",
        NationalData.count(
            database,
            "SELECT count(*) FROM bucket WHERE region_code = '"
                + region
                + "' AND service_date >= '2025-01-01' AND service_date <= '2025-12-31'"),
        "rows");
    long[] rawYear = raw(database, region, year, all);
    line("national_raw_group_by_region_year", rawYear);
    ratio(
        "national_region_year_plain",
        time(() -> dashboard(plain, region, year, all, labels)),
        rawYear);
    ratio(
        "national_region_year_served",
        time(() -> dashboard(backend.stats(), region, year, all, labels)),
        rawYear);
    // What staff get during opening hours: a kiosk delivered to this year's last month since the
    // last request, so that month is added up again (decision 0709).
    KioskDelivery delivery =
        new KioskDelivery(database, backend, region, all.get(0).code(), YEAR_TO.minusDays(2));
    ratio(
        "national_region_year_after_delivery",
        timeAfter(delivery::deliver, () -> dashboard(backend.stats(), region, year, all, labels)),
        rawYear);
    // The first request after the backend started: nothing kept, every month added up.
    ratio(
        "national_region_year_first_after_start",
        time(
            () ->
                dashboard(
                    new CachedStats(
                        new JdbcStatsStore(database), database, CachedStats.DEFAULT_ROWS),
                    region,
                    year,
                    all,
                    labels)),
        rawYear);

    long[] rawTown = raw(database, region, november, town);
    line("national_raw_group_by_municipality_month", rawTown);
    ratio(
        "national_municipality_month_plain",
        time(() -> dashboard(plain, region, november, town, labels)),
        rawTown);
    ratio(
        "national_municipality_month_served",
        time(() -> dashboard(backend.stats(), region, november, town, labels)),
        rawTown);

    // No role reads all regions (decision 0708): a national monitor's month is the 35 regional
    // dashboards of that month, each through the same path.
    long[] rawNation = rawAllRegions(database, november);
    line("national_raw_group_by_all_regions_month", rawNation);
    ratio(
        "national_all_regions_month_plain",
        time(() -> allRegions(plain, backend, november, labels), 5),
        rawNation);
    ratio(
        "national_all_regions_month_served",
        time(() -> allRegions(backend.stats(), backend, november, labels), 5),
        rawNation);

    Path dir = BenchFiles.scratch("zuil-national-bench");
    BenchTls tls = BenchTls.create(dir);
    try (ApiServer server =
        ApiServer.start(
            backend,
            new ServerSettings(
                "127.0.0.1",
                0,
                Optional.of(new Tls(tls.keystore(), tls.password())),
                ServerSettings.DEFAULT_MAX_REQUEST_BYTES),
            WebSettings.defaults(true))) {
      SSLContext trust = trusting(tls);
      String base = "https://127.0.0.1:" + server.port();
      String yearQuery = "?period=custom&from=" + YEAR_FROM + "&to=" + YEAR_TO;
      Session one = Session.logIn(base, trust, staff(1));
      ratio(
          "national_region_year_csv",
          time(() -> one.get("/export/visits.csv" + yearQuery).length),
          rawYear);
      ratio(
          "national_region_year_xlsx",
          time(() -> one.get("/export/dashboard.xlsx" + yearQuery).length),
          rawYear);

      // As `serve` does after it started (decision 0709): every region's last year added up once.
      long warmUp = System.nanoTime();
      WarmUp.run(backend.regions(), backend.stats(), LocalDate.ofInstant(NOW, ZoneOffset.UTC));
      Report.line("national_warm_up_all_regions", (System.nanoTime() - warmUp) / 1e9, "s");

      List<Session> sessions = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(100);
      try {
        List<Future<Session>> logins = new ArrayList<>();
        for (int s = 0; s < 100; s++) {
          int region2 = s % NationalData.REGIONS + 1;
          logins.add(pool.submit(() -> Session.logIn(base, trust, staff(region2))));
        }
        for (Future<Session> login : logins) {
          sessions.add(login.get());
        }
        for (int count : new int[] {20, 100}) {
          long[] reference = concurrentRaw(pool, database, count);
          line("national_raw_group_by_" + count + "_concurrent", reference);
          long[] pages = browse(pool, sessions.subList(0, count), count == 20 ? 4 : 2);
          Report.line("national_sessions_" + count + "_requests", pages.length, "requests");
          Report.line(
              "national_sessions_" + count + "_p50",
              Report.millis(Report.percentile(pages, 50)),
              "ms");
          Report.line(
              "national_sessions_" + count + "_p95",
              Report.millis(Report.percentile(pages, 95)),
              "ms");
          Report.line(
              "national_sessions_" + count + "_p95_vs_raw_group_by_p95",
              Report.percentile(pages, 95) / Report.percentile(reference, 95),
              "ratio");
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /**
   * Every session opens dashboard pages one after another as a person would: the page, then each
   * chart's JSON as the page's script asks for them; every second page also the XLSX. Periods: the
   * year, a quarter, months, a week, in the session's own region. Nanoseconds per request.
   */
  private static long[] browse(ExecutorService pool, List<Session> sessions, int pages)
      throws Exception {
    List<String> selections =
        List.of(
            "?period=custom&from=" + YEAR_FROM + "&to=" + YEAR_TO,
            "?period=month&date=2025-11-01",
            "?period=quarter&date=2025-07-01",
            "?period=month&date=2025-03-01",
            "?period=week&date=2025-12-08");
    List<Future<List<Long>>> runs = new ArrayList<>();
    for (int s = 0; s < sessions.size(); s++) {
      Session session = sessions.get(s);
      int first = s;
      runs.add(
          pool.submit(
              () -> {
                List<Long> nanos = new ArrayList<>();
                for (int p = 0; p < pages; p++) {
                  String selection = selections.get((first + p) % selections.size());
                  long start = System.nanoTime();
                  String page =
                      new String(session.get("/dashboard" + selection), StandardCharsets.UTF_8);
                  nanos.add(System.nanoTime() - start);
                  Matcher source = SOURCE.matcher(page);
                  while (source.find()) {
                    start = System.nanoTime();
                    session.get(source.group(1).replace("&amp;", "&"));
                    nanos.add(System.nanoTime() - start);
                  }
                  if (p % 2 == 1) {
                    start = System.nanoTime();
                    session.get("/export/dashboard.xlsx" + selection);
                    nanos.add(System.nanoTime() - start);
                  }
                }
                return nanos;
              }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> run : runs) {
      all.addAll(run.get());
    }
    return all.stream().mapToLong(Long::longValue).toArray();
  }

  /** The raw region-year GROUP BY, {@code count} at a time over the backend's connections. */
  private static long[] concurrentRaw(ExecutorService pool, Database database, int count)
      throws Exception {
    List<Future<long[]>> runs = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      String region = NationalData.region(s % NationalData.REGIONS + 1);
      runs.add(
          pool.submit(
              () -> {
                long[] nanos = new long[3];
                for (int i = 0; i < nanos.length; i++) {
                  long start = System.nanoTime();
                  rawOnce(database, region, Period.custom(YEAR_FROM, YEAR_TO), List.of());
                  nanos[i] = System.nanoTime() - start;
                }
                return nanos;
              }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<long[]> run : runs) {
      for (long n : run.get()) {
        all.add(n);
      }
    }
    return all.stream().mapToLong(Long::longValue).toArray();
  }

  private static int dashboard(
      StatsStore stats,
      String region,
      Period period,
      List<Location> locations,
      CatalogueLabels labels) {
    LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    Dashboard dashboard =
        new DashboardBuilder(new Suppression(5), Messages.in(Language.DUTCH), labels)
            .build(
                period,
                today,
                locations,
                stats.cube(
                    new StatsQuery(
                            region,
                            period,
                            locations.stream().map(Location::code).toList(),
                            Optional.empty(),
                            labels.selfServiceOutcomes())
                        .comparedWith(today)));
    if (dashboard.charts().isEmpty()) {
      throw new IllegalStateException("no charts");
    }
    return dashboard.charts().size();
  }

  private static int allRegions(
      StatsStore stats, Backend backend, Period period, CatalogueLabels labels) {
    int charts = 0;
    for (int r = 1; r <= NationalData.REGIONS; r++) {
      String region = NationalData.region(r);
      charts += dashboard(stats, region, period, backend.regions().locations(region), labels);
    }
    return charts;
  }

  private static long[] raw(Database database, String region, Period period, List<Location> at) {
    return time(() -> rawOnce(database, region, period, at));
  }

  /** {@code SELECT location_code, sum(visits) ... GROUP BY location_code} over the same rows. */
  private static long rawOnce(Database database, String region, Period period, List<Location> at) {
    return database.inTransaction(
        c -> {
          String in =
              at.isEmpty()
                  ? ""
                  : " AND location_code IN ("
                      + String.join(", ", Collections.nCopies(at.size(), "?"))
                      + ")";
          try (PreparedStatement query =
              c.prepareStatement(
                  "SELECT location_code, sum(visits) FROM bucket WHERE region_code = ? AND"
                      + " service_date >= ? AND service_date <= ?"
                      + in
                      + " GROUP BY location_code")) {
            int i = 1;
            query.setString(i++, region);
            query.setString(i++, period.from().toString());
            query.setString(i++, period.to().toString());
            for (Location location : at) {
              query.setString(i++, location.code());
            }
            long sum = 0;
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                sum += rows.getLong(2);
              }
            }
            if (sum == 0) {
              throw new IllegalStateException("no visits");
            }
            return sum;
          }
        });
  }

  private static long[] rawAllRegions(Database database, Period period) {
    return time(
        () ->
            database.inTransaction(
                c -> {
                  try (PreparedStatement query =
                      c.prepareStatement(
                          "SELECT region_code, location_code, sum(visits) FROM bucket"
                              + " WHERE service_date >= ? AND service_date <= ?"
                              + " GROUP BY region_code, location_code")) {
                    query.setString(1, period.from().toString());
                    query.setString(2, period.to().toString());
                    long sum = 0;
                    try (ResultSet rows = query.executeQuery()) {
                      while (rows.next()) {
                        sum += rows.getLong(3);
                      }
                    }
                    return sum;
                  }
                }),
        5);
  }

  private static long[] time(Supplier<?> work) {
    return time(work, RUNS);
  }

  /** Nanoseconds of each of {@code runs} runs after three to warm up. */
  private static long[] time(Supplier<?> work, int runs) {
    return timeAfter(() -> {}, work, runs);
  }

  /** Nanoseconds of {@code work} in each of the runs, each run after {@code before} (not timed). */
  private static long[] timeAfter(Runnable before, Supplier<?> work) {
    return timeAfter(before, work, RUNS);
  }

  private static long[] timeAfter(Runnable before, Supplier<?> work, int runs) {
    long[] nanos = new long[runs];
    for (int i = -3; i < runs; i++) {
      before.run();
      long start = System.nanoTime();
      work.get();
      if (i >= 0) {
        nanos[i] = System.nanoTime() - start;
      }
    }
    return nanos;
  }

  private static void line(String name, long[] nanos) {
    Report.line(name + "_median", Report.millis(Report.percentile(nanos, 50)), "ms");
    Report.line(name + "_p99", Report.millis(Report.percentile(nanos, 99)), "ms");
  }

  private static void ratio(String name, long[] nanos, long[] reference) {
    line(name, nanos);
    Report.line(
        name + "_vs_raw_group_by",
        Report.percentile(nanos, 50) / Report.percentile(reference, 50),
        "ratio");
  }

  private static SSLContext trusting(BenchTls tls) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(tls.keystore())) {
      store.load(in, tls.password().toCharArray());
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }

  /** One staff member's browser: its own cookies, signed in with the login form. */
  private record Session(String base, HttpClient http) {

    static Session logIn(String base, SSLContext trust, String username) throws Exception {
      Session session =
          new Session(
              base,
              HttpClient.newBuilder()
                  .sslContext(trust)
                  .cookieHandler(new CookieManager())
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .build());
      Matcher token = LOGIN.matcher(new String(session.get("/login"), StandardCharsets.UTF_8));
      if (!token.find()) {
        throw new IllegalStateException("no login form");
      }
      String form =
          "login="
              + java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
              + "&username="
              + username
              + "&password="
              + java.net.URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
      HttpResponse<byte[]> answer =
          session.http.send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (answer.statusCode() != 303) {
        throw new IllegalStateException("login refused: " + answer.statusCode());
      }
      return session;
    }

    byte[] get(String path) {
      try {
        HttpResponse<byte[]> answer =
            http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
          throw new IllegalStateException(path + " answered " + answer.statusCode());
        }
        return answer.body();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
