package nl.zuil.backend.web;

import static nl.zuil.backend.TwoRegions.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.backend.demo.DemoData;
import nl.zuil.testsupport.TestCertificate;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures of decisions 0705 and 0706 as a regional manager gets them four ways, on demo data
 * with the clock at 23 November 2026 (November is not over): the dashboard page, the CSV and the
 * XLSX of a table, and the printed report. Every cell must read the same in all four.
 */
class PeriodFiguresAgreeTest {

  private static final String NOVEMBER = "?period=month&date=2026-11-01";
  private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

  @TempDir static Path dir;
  private static StaffServer server;
  private static StaffClient anna;

  @BeforeAll
  static void start() {
    TestCertificate certificate = TestCertificate.create(dir, "backend");
    server =
        StaffServer.start(
            TestDatabase.Kind.SQLITE,
            dir,
            certificate,
            "2026-11-23T10:00",
            backend -> {
              TwoRegions.regions(backend);
              LocalDate today = LocalDate.of(2026, 11, 23);
              // The demo's counts start on 1 October: a year earlier nobody sent anything.
              new DemoData(backend, 7).write(TwoRegions.A, 6, LocalDate.of(2026, 10, 1), today);
              TwoRegions.accounts(backend);
            });
    anna = new StaffClient(server, certificate);
    assertThat(anna.logIn(TwoRegions.ANNA, PASSWORD).status()).isEqualTo(303);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theComparisonReadsAlikeOnThePageInTheExportsAndInTheReport() throws IOException {
    List<List<String>> page = section(anna.get("/dashboard" + NOVEMBER).text(), "comparison");

    assertThat(page.get(1).get(0)).isEqualTo("Deze periode: 1 t/m 23 november 2026, loopt nog");
    assertThat(page.get(2).get(0)).isEqualTo("Periode ervoor: 1 t/m 23 oktober 2026");
    assertThat(page.get(2).get(3)).matches("[+−]\\d+,\\d%");
    assertThat(page.get(3))
        .containsExactly(
            "Een jaar eerder: 1 t/m 23 november 2025", "geen gegevens", "0 van 6", "–");
    assertAgree(page, "comparison", "Vergeleken met eerder");
  }

  @Test
  void partWeeksAndMissingDataReadAlikeEverywhere() throws IOException {
    List<List<String>> page = section(anna.get("/dashboard" + NOVEMBER).text(), "visits");

    // 1 November is a Sunday: one day of week 44, and no kiosk sent anything that day.
    assertThat(page.get(1).get(0)).isEqualTo("wk 44 · 1 nov. · 1 van 7 dagen");
    assertThat(page.get(1).subList(1, 7)).containsOnly("geen gegevens");
    assertThat(page.get(page.size() - 2).get(0)).isEqualTo("wk 48 · 23 nov. · 1 van 7 dagen");
    assertAgree(page, "visits", "Bezoeken per inlooppunt");
  }

  @Test
  void theConfirmedSharesReadAlikeEverywhere() throws IOException {
    List<List<String>> page = section(anna.get("/dashboard" + NOVEMBER).text(), "referrals");

    assertThat(page.stream().skip(1).filter(row -> row.get(3).endsWith("%"))).hasSizeGreaterThan(4);
    assertAgree(page, "referrals", "Bevestigde doorverwijzingen per partner");
  }

  @Test
  void theCorrectedOutcomesPerLocationReadAlikeEverywhere() throws IOException {
    List<List<String>> page = section(anna.get("/dashboard" + NOVEMBER).text(), "corrections");

    assertThat(page.get(0))
        .containsExactly("Inlooppunt", "Gecorrigeerd", "Niet gecorrigeerd", "Totaal");
    assertThat(page).hasSize(1 + 6 + 1);
    assertThat(page.get(7).get(1)).as("the demo's corrected mis-taps, in total").matches("\\d+");
    assertAgree(page, "corrections", "Gecorrigeerde uitkomsten per inlooppunt");
  }

  @Test
  void questionsReadAsQuestionsAlikeEverywhere() throws IOException {
    String dashboard = anna.get("/dashboard" + NOVEMBER).text();
    List<List<String>> page = section(dashboard, "questions_asked");
    List<List<String>> visits = section(dashboard, "questions");

    assertThat(page.get(0)).containsExactly("Vraagtype", "Vragen");
    assertThat(visits.get(0)).containsExactly("Vraagtype", "Bezoeken");
    long asked = Long.parseLong(page.get(page.size() - 1).get(1));
    long visited = Long.parseLong(visits.get(visits.size() - 1).get(1));
    assertThat(asked).as("the demo's further questions").isGreaterThan(visited);
    assertAgree(page, "questions_asked", "Vragen per vraagtype (niet bezoeken)");
  }

  @Test
  void contactsByChannelReadAlikeEverywhereAndApartFromVisits() throws IOException {
    String dashboard = anna.get("/dashboard" + NOVEMBER).text();
    List<List<String>> page = section(dashboard, "contacts");

    assertThat(page.get(0))
        .containsExactly(
            "Inlooppunt",
            "Aan de balie",
            "Telefoon",
            "E-mail of chat",
            "Werkgever",
            "Groepsbijeenkomst",
            "Totaal");
    assertThat(page.get(page.size() - 1).get(2)).as("phone calls in the demo").matches("\\d+");
    assertThat(dashboard).contains("Dit zijn contacten, geen bezoeken");
    assertAgree(page, "contacts", "Contacten zonder ticket, per inlooppunt en kanaal");
  }

  @Test
  void thePeriodIsNamedAlikeEverywhere() {
    String period = "1 t/m 23 november 2026, loopt nog";

    assertThat(anna.get("/dashboard" + NOVEMBER).text()).contains("· " + period + "</p>");
    assertThat(anna.get("/report" + NOVEMBER).text())
        .contains("· " + period + "</p>")
        .contains("Deze maand loopt nog");
    assertThat(anna.get("/export/dashboard.xlsx" + NOVEMBER).text()).contains("· " + period);
    assertThat(anna.get("/api/stats/summary" + NOVEMBER).text())
        .contains("\"periodText\":\"" + period + "\"")
        .contains("\"through\":\"2026-11-23\"")
        .contains("\"ongoing\":true");
  }

  /** The page's table is the CSV line for line, the XLSX sheet cell for cell, the report's. */
  private static void assertAgree(List<List<String>> page, String chart, String title)
      throws IOException {
    List<List<String>> csv = new ArrayList<>();
    String body = anna.get("/export/" + chart + ".csv" + NOVEMBER).text().replace("\uFEFF", "");
    for (String line : body.split("\r\n")) {
      csv.add(List.of(line.split(";", -1)));
    }
    assertThat(csv).isEqualTo(page);

    String report = anna.get("/report" + NOVEMBER).text();
    int heading = report.indexOf("<h2>" + title + "</h2>");
    assertThat(heading).isPositive();
    assertThat(rows(report.substring(heading, report.indexOf("</section>", heading))))
        .isEqualTo(page);

    byte[] xlsx = anna.get("/export/" + chart + ".xlsx" + NOVEMBER).response().body();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getFirstSheet();
      assertThat(sheet.getName()).isEqualTo(title.length() > 31 ? title.substring(0, 31) : title);
      List<Row> rows = sheet.read();
      // Title, selection, a blank line, then the table from the sheet's fourth row on.
      for (int r = 0; r < page.size(); r++) {
        int number = 4 + r;
        Row row = rows.stream().filter(x -> x.getRowNum() == number).findFirst().orElseThrow();
        for (int c = 0; c < page.get(r).size(); c++) {
          assertSameFigure(row.getCell(c), page.get(r).get(c));
        }
      }
    }
  }

  /** A number in the sheet is the page's figure; a text is the page's text. */
  private static void assertSameFigure(Cell cell, String shown) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      assertThat(shown).isEmpty();
      return;
    }
    if (cell.getType() != CellType.NUMBER) {
      assertThat(cell.getText()).isEqualTo(shown);
      return;
    }
    BigDecimal number = cell.asNumber();
    if (shown.endsWith("%")) {
      double percent =
          Double.parseDouble(shown.replace("%", "").replace(",", ".").replace("−", "-"));
      assertThat(number.doubleValue() * 100)
          .isCloseTo(percent, org.assertj.core.data.Offset.offset(0.051));
    } else {
      assertThat(number.longValueExact()).as(shown).isEqualTo(Long.parseLong(shown));
    }
  }

  /** The rows of the table in {@code <section id="chart-<id>">}, header first. */
  private static List<List<String>> section(String html, String id) {
    int start = html.indexOf("id=\"chart-" + id + "\"");
    assertThat(start).isPositive();
    return rows(html.substring(start, html.indexOf("</section>", start)));
  }

  private static List<List<String>> rows(String html) {
    List<List<String>> rows = new ArrayList<>();
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = CELL.matcher(row.group(1));
      while (cell.find()) {
        cells.add(unescape(cell.group(1)));
      }
      rows.add(cells);
    }
    return rows;
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
