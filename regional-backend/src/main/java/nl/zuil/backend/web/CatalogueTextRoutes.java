package nl.zuil.backend.web;

import static nl.zuil.backend.web.StaffRequests.html;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.audit.Actor;
import nl.zuil.backend.audit.AuditAction;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.publish.CatalogueTexts;
import nl.zuil.backend.publish.CatalogueTexts.Language;
import nl.zuil.backend.publish.CatalogueTexts.Text;
import nl.zuil.backend.publish.Draft;
import nl.zuil.backend.publish.UploadRefused;
import nl.zuil.backend.region.PublishedCatalogues;
import nl.zuil.backend.region.PublishedCatalogues.Published;
import nl.zuil.backend.web.StaffRequests.StaffRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue as its owners keep it without a text editor: download the published version or the
 * draft, and change texts per language in a form that saves a draft for review (issue 20).
 */
final class CatalogueTextRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogueTextRoutes.class);

  /** What a form edits: the draft under review if there is one, else the published version. */
  private record Base(String json, String basedOn) {}

  private final Backend backend;
  private final StaffRequests requests;

  CatalogueTextRoutes(Backend backend, StaffRequests requests) {
    this.backend = backend;
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/catalogue/published.json", this::downloadPublished);
    routes.get("/catalogue/draft.json", this::downloadDraft);
    routes.get("/catalogue/texts", this::texts);
    routes.post("/catalogue/texts", this::saveTexts);
  }

  private void downloadPublished(Context ctx) {
    StaffUser user = requests.cataloguePublisher(ctx).user();
    Published published =
        new PublishedCatalogues(backend.database())
            .current(user.regionCode())
            .orElseThrow(() -> new PageException(404, "catalogue.none"));
    download(ctx, user.regionCode() + "-catalogus-versie-" + published.version(), published.json());
  }

  private void downloadDraft(Context ctx) {
    StaffUser user = requests.cataloguePublisher(ctx).user();
    Draft draft =
        backend
            .drafts()
            .draft(user.regionCode())
            .orElseThrow(() -> new PageException(404, "catalogue.texts.noDraft"));
    download(ctx, user.regionCode() + "-catalogus-concept-" + draft.version(), draft.json());
  }

  private static void download(Context ctx, String name, String json) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".json\"")
        .header("Cache-Control", "no-store")
        .contentType("application/json; charset=utf-8")
        .result(json.getBytes(StandardCharsets.UTF_8));
  }

  private void texts(Context ctx) {
    StaffRequest request = requests.cataloguePublisher(ctx);
    Base base = base(request);
    CatalogueTexts texts = CatalogueTexts.of(base.json());
    html(
        ctx,
        200,
        page(request.view(), texts, base)
            .render(language(texts, ctx.queryParam("language")), Optional.empty()));
  }

  private void saveTexts(Context ctx) {
    StaffRequest request = requests.cataloguePublisher(ctx);
    StaffRequests.requireCsrf(ctx, request);
    StaffUser user = request.user();
    View view = request.view().answeringAt("/catalogue/texts");
    Base base = base(request);
    CatalogueTexts texts = CatalogueTexts.of(base.json());
    Language language = language(texts, ctx.formParam("language"));
    if (!Draft.digestOf(base.json()).equals(ctx.formParam("base"))) {
      html(
          ctx,
          409,
          page(view, texts, base)
              .render(
                  language, Optional.of(new CataloguePage.Message("catalogue.texts.stale", true))));
      return;
    }
    Map<String, String> typed = typed(ctx, texts, language);
    try {
      Draft draft =
          backend
              .drafts()
              .upload(user.regionCode(), user.username(), texts.with(language.code(), typed));
      LOG.info(
          "Catalogue draft version {} of {}: {} texts in {} changed in the browser by {}",
          draft.version(),
          user.regionCode(),
          typed.size(),
          language.code(),
          user.username());
      backend.audit().record(Actor.of(user), AuditAction.CATALOGUE_UPLOADED, "v" + draft.version());
      throw new Redirect("/catalogue#review");
    } catch (UploadRefused e) {
      LOG.info("Catalogue texts by {} refused: {}", user.username(), e.problems());
      html(
          ctx,
          400,
          page(view, texts, base).render(language, typed, e.problems(), Optional.empty()));
    }
  }

  /** The texts the form changed, by field; a text sent unchanged is left out. */
  private static Map<String, String> typed(Context ctx, CatalogueTexts texts, Language language) {
    Map<String, String> changed = new LinkedHashMap<>();
    for (Text text : texts.texts()) {
      String sent = ctx.formParam(CatalogueTextsPage.FIELD_PREFIX + text.field());
      if (sent != null && !sent.strip().equals(text.in(language.code()))) {
        changed.put(text.field(), sent.replace("\r\n", "\n"));
      }
    }
    return changed;
  }

  private Base base(StaffRequest request) {
    String region = request.user().regionCode();
    View view = request.view();
    return backend
        .drafts()
        .draft(region)
        .map(d -> new Base(d.json(), view.t("catalogue.texts.basedOnDraft", d.version())))
        .or(
            () ->
                new PublishedCatalogues(backend.database())
                    .current(region)
                    .map(
                        p ->
                            new Base(
                                p.json(), view.t("catalogue.texts.basedOnPublished", p.version()))))
        .orElseThrow(() -> new PageException(404, "catalogue.none"));
  }

  private static Language language(CatalogueTexts texts, String code) {
    List<Language> languages = texts.languages();
    if (code == null || code.isEmpty()) {
      return languages.get(0);
    }
    return languages.stream()
        .filter(l -> l.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new PageException(400, "catalogue.texts.unknownLanguage"));
  }

  private static CatalogueTextsPage page(View view, CatalogueTexts texts, Base base) {
    return new CatalogueTextsPage(view, texts, base.basedOn(), Draft.digestOf(base.json()));
  }
}
