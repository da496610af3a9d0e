package nl.zuil.backend.web;

import static nl.zuil.backend.TwoRegions.A;
import static nl.zuil.backend.TwoRegions.ANNA;
import static nl.zuil.backend.TwoRegions.BERT;
import static nl.zuil.backend.TwoRegions.ENSCHEDE_NOORD;
import static nl.zuil.backend.TwoRegions.ERIK;
import static nl.zuil.backend.TwoRegions.HENGELO;
import static nl.zuil.backend.TwoRegions.IVO;
import static nl.zuil.backend.TwoRegions.PASSWORD;
import static nl.zuil.backend.TwoRegions.bucket;
import static nl.zuil.backend.TwoRegions.store;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zuil.backend.TestDatabase;
import nl.zuil.backend.TwoRegions;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.region.PublishedCatalogues;
import nl.zuil.testsupport.TestCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Region staff upload, review and publish or discard a catalogue version; bad uploads are refused
 * with the field named and change nothing; other roles and regions cannot; codes the new version
 * drops stay readable in the statistics. Subclasses run it on SQLite and PostgreSQL.
 */
abstract class CataloguePublishingContract {

  private static final Pattern DRAFT = Pattern.compile("name=\"draft\" value=\"([0-9a-f]+)\"");
  private static final String NOVEMBER = "?period=month&date=2026-11-01";

  @TempDir static Path certificates;
  private static TestCertificate certificate;

  @TempDir Path dir;
  private StaffServer server;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  static void makeCertificate() {
    certificate = TestCertificate.create(certificates, "backend");
  }

  @BeforeEach
  void start() {
    server =
        StaffServer.start(
            kind(), dir, certificate, "2026-11-25T10:00", CataloguePublishingContract::seed);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static void seed(Backend backend) {
    TwoRegions.seed(backend);
    store(
        backend,
        A,
        HENGELO,
        "zuil-hengelo",
        bucket("2026-11-02", 10, "find_work", "-", "answered", "-", 20, 0, 1));
    store(
        backend,
        A,
        ENSCHEDE_NOORD,
        "zuil-enschede",
        bucket(
            "2026-11-04",
            10,
            "money_debt",
            "benefit",
            "referred",
            "municipality_debt_help",
            25,
            10,
            1));
  }

  @Test
  void aRefusedUploadNamesTheFieldAndChangesNothing() {
    StaffClient anna = loggedIn(ANNA);
    String withoutDutch =
        Catalogues.defaultJson()
            .replace("\"labels\": { \"nl\": \"Werk zoeken\", ", "\"labels\": { ");

    StaffClient.Answer answer = upload(anna, withoutDutch);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.text())
        .contains("id=\"upload-problems\"")
        .contains("questionTypes[0].labels")
        .contains("Het Nederlandse label (nl) ontbreekt.")
        .contains("Er is niets veranderd");
    assertThat(anna.get("/catalogue").text()).doesNotContain("id=\"review\"");
    assertThat(publishedVersion()).isEqualTo(1);
  }

  @Test
  void anEmptyFileIsRefusedInThePagesLanguage() {
    StaffClient anna = loggedIn(ANNA);

    assertThat(upload(anna, "").text()).contains("Het bestand is leeg.");
    anna.get("/catalogue?lang=en");
    assertThat(upload(anna, " \n").text())
        .contains("the file is empty")
        .doesNotContain("Het bestand is leeg.");
    assertThat(publishedVersion()).isEqualTo(1);
  }

  @Test
  void notJsonAtAllIsRefusedWithALine() {
    StaffClient anna = loggedIn(ANNA);

    StaffClient.Answer answer = upload(anna, "{ \"formatVersion\": 1,\n  \"region\": ");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.text()).contains("id=\"upload-problems\"").contains("regel");
    assertThat(publishedVersion()).isEqualTo(1);
  }

  @Test
  void anotherRegionsCatalogueIsRefusedNamingTheRegionCode() {
    StaffClient bert = loggedIn(BERT);

    StaffClient.Answer answer = upload(bert, Catalogues.defaultJson());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.text())
        .contains("region.code")
        .contains(
            "Dit is de catalogus van regio 'voorbeeldregio', maar uw account hoort bij"
                + " regio 'ijsselland'.");
    assertThat(publishedVersion()).isEqualTo(1);
  }

  @Test
  void aValidUploadIsReviewedWithItsDifferencesThenPublishedAsTheNextVersion() {
    StaffClient anna = loggedIn(ANNA);

    StaffClient.Answer uploaded = upload(anna, Catalogues.secondVersion());
    assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(303);
    assertThat(uploaded.header("Location")).isEqualTo("/catalogue#review");
    assertThat(publishedVersion()).isEqualTo(1);

    String review = anna.get("/catalogue").text();
    assertThat(review).contains("Nog te controleren: versie 2");
    assertThat(cells(review, "questionTypes"))
        .containsExactly("—", "money_debt Geldzorgen en schulden", "—");
    assertThat(cells(review, "partners"))
        .containsExactly("library Bibliotheek", "—", "union Vakbond → Vakbond (FNV, CNV)");
    assertThat(cells(review, "languages")).containsExactly("—", "—", "—");
    assertThat(review).contains("Schermteksten veranderd: 0");
    int retired = review.indexOf("id=\"retired\"");
    assertThat(retired).as("a warning about retired codes").isNotNegative();
    assertThat(review.substring(retired, review.indexOf("</div>", retired)))
        .contains("Vraagtypen: <code>money_debt</code> Geldzorgen en schulden")
        .contains("25 bezoeken")
        .doesNotContain("find_work")
        .doesNotContain("municipality_debt_help");

    StaffClient.Answer published =
        anna.post(
            "/catalogue/publish", Map.of("csrf", anna.csrf("/catalogue"), "draft", draft(review)));

    assertThat(published.status()).isEqualTo(303);
    assertThat(published.header("Location")).isEqualTo("/catalogue?published=2");
    assertThat(publishedVersion()).isEqualTo(2);
    String after = anna.get("/catalogue?published=2").text();
    assertThat(after).contains("Versie 2 is gepubliceerd").doesNotContain("id=\"review\"");
  }

  @Test
  void aCatalogueIdenticalToThePublishedOneIsRefusedWhateverVersionTheFileSays() throws Exception {
    StaffClient anna = loggedIn(ANNA);
    ObjectNode published = (ObjectNode) new ObjectMapper().readTree(publishedJson());
    published.put("version", 7);

    StaffClient.Answer same = upload(anna, published.toString());

    assertThat(same.status()).isEqualTo(400);
    assertThat(same.text())
        .contains("Deze catalogus is gelijk aan versie 1, die de kiosks al hebben.");
    assertThat(server.backend().drafts().draft(A)).isEmpty();
    assertThat(publishedVersion()).isEqualTo(1);
  }

  @Test
  void staffDownloadThePublishedVersionAndTheDraftToEditThem() throws Exception {
    StaffClient anna = loggedIn(ANNA);
    assertThat(anna.get("/catalogue/draft.json").status()).isEqualTo(404);

    StaffClient.Answer published = anna.get("/catalogue/published.json");
    assertThat(published.status()).isEqualTo(200);
    assertThat(published.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"voorbeeldregio-catalogus-versie-1.json\"");
    assertThat(published.text()).isEqualTo(publishedJson());
    assertThat(anna.get("/catalogue").text()).contains("id=\"download-published\"");

    upload(anna, Catalogues.secondVersion());
    StaffClient.Answer draft = anna.get("/catalogue/draft.json");
    assertThat(draft.status()).isEqualTo(200);
    assertThat(draft.text()).isEqualTo(server.backend().drafts().draft(A).orElseThrow().json());
    assertThat(new ObjectMapper().readTree(draft.text()).get("version").asInt()).isEqualTo(2);

    for (String other : new String[] {ERIK, IVO}) {
      assertThat(loggedIn(other).get("/catalogue/published.json").status()).isEqualTo(403);
    }
    assertThat(loggedIn(BERT).get("/catalogue/published.json").text())
        .doesNotContain("voorbeeldregio");
  }

  @Test
  void anArabicTextChangedInTheBrowserIsReviewedAndPublishedLikeAnUpload() throws Exception {
    StaffClient anna = loggedIn(ANNA);
    JsonNode one = new ObjectMapper().readTree(publishedJson());
    String form = anna.get("/catalogue/texts?language=ar").text();
    assertThat(form)
        .contains("lang=\"ar\" dir=\"rtl\"")
        .contains("<label for=\"text-0\" lang=\"nl\">")
        .contains("مرحبًا بكم في مركز العمل");

    StaffClient.Answer saved =
        anna.post(
            "/catalogue/texts",
            Map.of(
                "csrf",
                anna.csrf("/catalogue/texts"),
                "language",
                "ar",
                "base",
                base(form),
                "text:texts.welcome.title",
                "أهلاً بكم في مركز العمل"));

    assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    assertThat(saved.header("Location")).isEqualTo("/catalogue#review");
    String review = anna.get("/catalogue").text();
    assertThat(review)
        .contains("Nog te controleren: versie 2")
        .contains("Schermteksten veranderd: 1");
    anna.post(
        "/catalogue/publish", Map.of("csrf", anna.csrf("/catalogue"), "draft", draft(review)));
    assertThat(publishedVersion()).isEqualTo(2);
    String two = publishedJson();
    assertThat(two).contains("أهلاً بكم في مركز العمل").doesNotContain("مرحبًا بكم في مركز العمل");
    ObjectNode back = (ObjectNode) new ObjectMapper().readTree(two);
    back.put("version", 1);
    ((ObjectNode) back.get("texts").get("welcome.title")).put("ar", "مرحبًا بكم في مركز العمل");
    assertThat(back).as("nothing else changed").isEqualTo(one);
  }

  @Test
  void aTextTheValidatorRefusesIsShownAtItsFieldAndNothingIsStored() {
    StaffClient anna = loggedIn(ANNA);
    String form = anna.get("/catalogue/texts?language=nl").text();

    StaffClient.Answer refused =
        anna.post(
            "/catalogue/texts",
            Map.of(
                "csrf",
                anna.csrf("/catalogue/texts"),
                "language",
                "nl",
                "base",
                base(form),
                "text:questionTypes[0].labels",
                "  "));

    assertThat(refused.status()).isEqualTo(400);
    String row = row(refused.text(), "questionTypes[0].labels");
    assertThat(row)
        .contains("aria-invalid=\"true\"")
        .contains("Het Nederlandse label (nl) ontbreekt.");
    assertThat(server.backend().drafts().draft(A)).isEmpty();

    anna.get("/catalogue?lang=en");
    StaffClient.Answer inEnglish =
        anna.post(
            "/catalogue/texts",
            Map.of(
                "csrf",
                anna.csrf("/catalogue/texts"),
                "language",
                "nl",
                "base",
                base(form),
                "text:questionTypes[0].labels",
                ""));
    assertThat(row(inEnglish.text(), "questionTypes[0].labels")).contains("Dutch");
    assertThat(publishedVersion()).isEqualTo(1);
  }

  @Test
  void aTextFormLeftOpenDoesNotOverwriteALaterUpload() {
    StaffClient anna = loggedIn(ANNA);
    String stale = base(anna.get("/catalogue/texts?language=en").text());
    upload(anna, Catalogues.secondVersion());

    StaffClient.Answer answer =
        anna.post(
            "/catalogue/texts",
            Map.of(
                "csrf",
                anna.csrf("/catalogue/texts"),
                "language",
                "en",
                "base",
                stale,
                "text:texts.welcome.title",
                "Hello"));

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.text()).contains("iemand heeft de catalogus intussen veranderd");
    assertThat(server.backend().drafts().draft(A).orElseThrow().json()).doesNotContain("\"Hello\"");
  }

  @Test
  void onlyRegionStaffMayEditTextsAndAnUnknownLanguageIsRefused() {
    for (String other : new String[] {ERIK, IVO}) {
      StaffClient client = loggedIn(other);
      assertThat(client.get("/catalogue/texts").status()).isEqualTo(403);
      assertThat(
              client
                  .post(
                      "/catalogue/texts",
                      Map.of("csrf", client.csrf("/fleet"), "language", "nl", "base", "x"))
                  .status())
          .isEqualTo(403);
    }
    StaffClient anna = loggedIn(ANNA);
    assertThat(anna.get("/catalogue/texts?language=xx").status()).isEqualTo(400);
    assertThat(server.backend().drafts().draft(A)).isEmpty();
  }

  @Test
  void retiredCodesKeepTheirLabelsInTheDashboardAndExports() {
    StaffClient anna = loggedIn(ANNA);
    upload(anna, Catalogues.secondVersion());
    anna.post(
        "/catalogue/publish",
        Map.of("csrf", anna.csrf("/catalogue"), "draft", draft(anna.get("/catalogue").text())));
    assertThat(publishedVersion()).isEqualTo(2);

    assertThat(anna.get("/dashboard" + NOVEMBER).text())
        .contains("Geldzorgen en schulden (vervallen)");
    assertThat(anna.get("/export/questions.csv" + NOVEMBER).text())
        .contains("Geldzorgen en schulden (vervallen)")
        .contains("Werk zoeken");
    assertThat(anna.get("/export/questions.csv" + NOVEMBER + "&lang=en").text())
        .contains("Money worries and debts (retired)");
  }

  @Test
  void aReviewPageLeftOpenDoesNotPublishALaterUpload() {
    StaffClient anna = loggedIn(ANNA);
    upload(anna, Catalogues.secondVersion());
    String stale = draft(anna.get("/catalogue").text());
    upload(anna, Catalogues.defaultJson().replace("\"Vakbond\"", "\"Vakbonden\""));

    StaffClient.Answer answer =
        anna.post("/catalogue/publish", Map.of("csrf", anna.csrf("/catalogue"), "draft", stale));

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.text()).contains("Er is niets gepubliceerd");
    assertThat(publishedVersion()).isEqualTo(1);
  }

  @Test
  void onlyRegionStaffMayUploadOrPublishAndEveryFormNeedsItsToken() {
    for (String other : new String[] {ERIK, IVO}) {
      StaffClient client = loggedIn(other);
      assertThat(client.get("/catalogue").status()).isEqualTo(403);
      assertThat(client.get("/dashboard").text()).doesNotContain("href=\"/catalogue\"");
      String csrf = client.csrf("/fleet");
      assertThat(upload(client, csrf, Catalogues.secondVersion()).status()).isEqualTo(403);
      assertThat(
              client
                  .post("/catalogue/publish", Map.of("csrf", csrf, "draft", "0".repeat(64)))
                  .status())
          .isEqualTo(403);
    }
    StaffClient anna = loggedIn(ANNA);
    assertThat(upload(anna, "not-the-token", Catalogues.secondVersion()).status()).isEqualTo(403);
    assertThat(anna.get("/catalogue").text()).doesNotContain("id=\"review\"");
    upload(anna, Catalogues.secondVersion());
    String review = anna.get("/catalogue").text();
    assertThat(
            anna.post("/catalogue/publish", Map.of("csrf", "not-the-token", "draft", draft(review)))
                .status())
        .isEqualTo(403);
    assertThat(new StaffClient(server, certificate).get("/catalogue").status()).isEqualTo(303);
    assertThat(publishedVersion()).isEqualTo(1);
  }

  @Test
  void aDiscardedDraftIsGoneAndCanNeverBePublished() {
    StaffClient anna = loggedIn(ANNA);
    upload(anna, Catalogues.secondVersion());
    String discarded = draft(anna.get("/catalogue").text());

    StaffClient.Answer answer =
        anna.post(
            "/catalogue/discard", Map.of("csrf", anna.csrf("/catalogue"), "draft", discarded));

    assertThat(answer.status()).isEqualTo(303);
    assertThat(answer.header("Location")).isEqualTo("/catalogue?discarded=2");
    assertThat(anna.get("/catalogue?discarded=2").text())
        .contains("Het concept van versie 2 is weggegooid")
        .doesNotContain("id=\"review\"");
    assertThat(server.backend().drafts().draft(A)).isEmpty();
    StaffClient.Answer publishFromAnOpenTab =
        anna.post(
            "/catalogue/publish", Map.of("csrf", anna.csrf("/catalogue"), "draft", discarded));
    assertThat(publishFromAnOpenTab.status()).isEqualTo(409);
    assertThat(publishedVersion()).isEqualTo(1);

    upload(anna, Catalogues.secondVersion());
    assertThat(anna.get("/catalogue").text()).contains("Nog te controleren: versie 2");
  }

  @Test
  void aReviewPageLeftOpenDoesNotDiscardALaterUpload() {
    StaffClient anna = loggedIn(ANNA);
    upload(anna, Catalogues.secondVersion());
    String stale = draft(anna.get("/catalogue").text());
    upload(anna, Catalogues.defaultJson().replace("\"Vakbond\"", "\"Vakbonden\""));

    StaffClient.Answer answer =
        anna.post("/catalogue/discard", Map.of("csrf", anna.csrf("/catalogue"), "draft", stale));

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.text()).contains("Er is niets weggegooid").contains("id=\"review\"");
    assertThat(server.backend().drafts().draft(A).orElseThrow().json()).contains("Vakbonden");
    assertThat(publishedVersion()).isEqualTo(1);
  }

  @Test
  void onlyRegionStaffMayDiscardAndOnlyWithTheToken() {
    StaffClient anna = loggedIn(ANNA);
    upload(anna, Catalogues.secondVersion());
    String review = draft(anna.get("/catalogue").text());

    for (String other : new String[] {ERIK, IVO}) {
      StaffClient client = loggedIn(other);
      assertThat(
              client
                  .post(
                      "/catalogue/discard", Map.of("csrf", client.csrf("/fleet"), "draft", review))
                  .status())
          .isEqualTo(403);
    }
    assertThat(
            anna.post("/catalogue/discard", Map.of("csrf", "not-the-token", "draft", review))
                .status())
        .isEqualTo(403);
    assertThat(new StaffClient(server, certificate).post("/catalogue/discard", Map.of()).status())
        .isEqualTo(303);

    assertThat(server.backend().drafts().draft(A)).isPresent();
    assertThat(anna.get("/catalogue").text()).contains("id=\"review\"");
  }

  private StaffClient loggedIn(String username) {
    StaffClient client = new StaffClient(server, certificate);
    assertThat(client.logIn(username, PASSWORD).status()).isEqualTo(303);
    return client;
  }

  private static StaffClient.Answer upload(StaffClient client, String json) {
    return upload(client, client.csrf("/catalogue"), json);
  }

  private static StaffClient.Answer upload(StaffClient client, String csrf, String json) {
    return client.postFile(
        "/catalogue/upload",
        Map.of("csrf", csrf),
        "catalogue",
        json.getBytes(StandardCharsets.UTF_8));
  }

  private int publishedVersion() {
    return new PublishedCatalogues(server.backend().database()).current(A).orElseThrow().version();
  }

  private String publishedJson() {
    return new PublishedCatalogues(server.backend().database()).current(A).orElseThrow().json();
  }

  private static String base(String form) {
    Matcher base = Pattern.compile("name=\"base\" value=\"([0-9a-f]{64})\"").matcher(form);
    assertThat(base.find()).as("a text form").isTrue();
    return base.group(1);
  }

  /** The table row of one text on the texts form. */
  private static String row(String page, String field) {
    int start = page.indexOf("data-field=\"" + field + "\"");
    assertThat(start).as("a row for " + field).isNotNegative();
    return page.substring(start, page.indexOf("</tr>", start));
  }

  private static String draft(String page) {
    Matcher draft = DRAFT.matcher(page);
    assertThat(draft.find()).as("a publish form on the page").isTrue();
    return draft.group(1);
  }

  /** The diff table's added, removed and renamed cells for one section, as text. */
  private static java.util.List<String> cells(String page, String section) {
    int start = page.indexOf("<tr data-section=\"" + section + "\"");
    assertThat(start).as("a row for " + section).isNotNegative();
    String row = page.substring(start, page.indexOf("</tr>", start));
    return java.util.Arrays.stream(row.split("<td"))
        .skip(1)
        .map(cell -> cell.replaceAll("<[^>]*>", " ").replace("class=\"text\">", ""))
        .map(cell -> cell.replace("&gt;", ">").replaceAll("\\s+", " ").strip())
        .toList();
  }
}
