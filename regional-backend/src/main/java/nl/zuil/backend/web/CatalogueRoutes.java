package nl.zuil.backend.web;

import static nl.zuil.backend.web.StaffRequests.html;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.audit.Actor;
import nl.zuil.backend.audit.AuditAction;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.publish.CatalogueDiff;
import nl.zuil.backend.publish.Draft;
import nl.zuil.backend.publish.PublishRefused;
import nl.zuil.backend.publish.UploadRefused;
import nl.zuil.backend.region.PublishedCatalogues;
import nl.zuil.backend.region.PublishedCatalogues.Published;
import nl.zuil.backend.stats.CatalogueLabels;
import nl.zuil.backend.web.StaffRequests.StaffRequest;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.recording.WavClip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The region's catalogue versions: the current one, a draft to review, publish or discard. */
final class CatalogueRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogueRoutes.class);

  private final Backend backend;
  private final StaffRequests requests;

  CatalogueRoutes(Backend backend, StaffRequests requests) {
    this.backend = backend;
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/catalogue", this::catalogue);
    routes.post("/catalogue/upload", this::uploadCatalogue);
    routes.post("/catalogue/publish", this::publishCatalogue);
    routes.post("/catalogue/discard", this::discardDraft);
  }

  private CataloguePage cataloguePage(StaffRequest request) {
    return cataloguePage(request.user(), request.view());
  }

  /** The catalogue page in answer to one of its forms, which are at other paths. */
  private CataloguePage catalogueAnswer(StaffRequest request) {
    return cataloguePage(request.user(), request.view().answeringAt("/catalogue"));
  }

  private CataloguePage cataloguePage(StaffUser user, View view) {
    String region = user.regionCode();
    Optional<Published> published = new PublishedCatalogues(backend.database()).current(region);
    Optional<CataloguePage.Review> review =
        backend
            .drafts()
            .draft(region)
            .map(
                draft -> {
                  Catalogue next = draft.catalogue();
                  return new CataloguePage.Review(
                      draft,
                      CatalogueDiff.between(published.map(CatalogueRoutes::parsePublished), next),
                      backend.retiredCodes().in(region, next),
                      new CatalogueLabels(backend.regions().catalogues(region)));
                });
    return new CataloguePage(view, published, review);
  }

  private static Catalogue parsePublished(Published published) {
    try {
      return CatalogueLoader.parse(published.json(), "published version " + published.version());
    } catch (CatalogueException e) {
      throw new IllegalStateException("a published catalogue is invalid", e);
    }
  }

  private void catalogue(Context ctx) {
    StaffRequest request = requests.cataloguePublisher(ctx);
    Optional<CataloguePage.Message> message =
        versionParam(ctx, "published")
            .map(v -> new CataloguePage.Message("catalogue.published", false, v))
            .or(
                () ->
                    versionParam(ctx, "discarded")
                        .map(v -> new CataloguePage.Message("catalogue.discarded", false, v)));
    html(ctx, 200, cataloguePage(request).render(message));
  }

  /** The version number the page was sent to after publishing or discarding. */
  private static Optional<String> versionParam(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).filter(v -> v.matches("[0-9]{1,9}"));
  }

  private void uploadCatalogue(Context ctx) {
    StaffRequest request = requests.cataloguePublisher(ctx);
    StaffRequests.requireCsrf(ctx, request);
    UploadedFile file = ctx.uploadedFile("catalogue");
    String json;
    try {
      json = file == null ? "" : new String(file.content().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw PageException.badRequest();
    }
    List<byte[]> clips = new ArrayList<>();
    for (UploadedFile clip : ctx.uploadedFiles("clips")) {
      try (InputStream in = clip.content()) {
        // One byte over the limit is enough for the clip check to refuse it as too large.
        clips.add(in.readNBytes(WavClip.MAX_BYTES + 1));
      } catch (IOException e) {
        throw PageException.badRequest();
      }
    }
    StaffUser user = request.user();
    try {
      Draft draft = backend.drafts().upload(user.regionCode(), user.username(), json, clips);
      LOG.info(
          "Catalogue draft version {} of {} uploaded by {}",
          draft.version(),
          user.regionCode(),
          user.username());
      backend.audit().record(Actor.of(user), AuditAction.CATALOGUE_UPLOADED, "v" + draft.version());
      throw new Redirect("/catalogue#review");
    } catch (UploadRefused e) {
      LOG.info(
          "Catalogue upload by {} ({}) refused: {}",
          user.username(),
          user.regionCode(),
          e.problems());
      html(
          ctx,
          400,
          catalogueAnswer(request)
              .render(file == null ? "" : file.filename(), e.problems(), Optional.empty()));
    }
  }

  private void publishCatalogue(Context ctx) {
    StaffRequest request = requests.cataloguePublisher(ctx);
    StaffRequests.requireCsrf(ctx, request);
    StaffUser user = request.user();
    String digest = Optional.ofNullable(ctx.formParam("draft")).orElse("");
    try {
      int version = backend.drafts().publish(user.regionCode(), digest);
      LOG.info(
          "Catalogue version {} of {} published by {}",
          version,
          user.regionCode(),
          user.username());
      backend.audit().record(Actor.of(user), AuditAction.CATALOGUE_PUBLISHED, "v" + version);
      throw new Redirect("/catalogue?published=" + version);
    } catch (PublishRefused e) {
      LOG.info("Catalogue publish by {} refused: {}", user.username(), e.getMessage());
      html(
          ctx,
          409,
          catalogueAnswer(request)
              .render(Optional.of(new CataloguePage.Message("catalogue.stale", true))));
    }
  }

  private void discardDraft(Context ctx) {
    StaffRequest request = requests.cataloguePublisher(ctx);
    StaffRequests.requireCsrf(ctx, request);
    StaffUser user = request.user();
    String digest = Optional.ofNullable(ctx.formParam("draft")).orElse("");
    OptionalInt discarded = backend.drafts().discard(user.regionCode(), digest);
    if (discarded.isPresent()) {
      LOG.info(
          "Catalogue draft version {} of {} discarded by {}",
          discarded.getAsInt(),
          user.regionCode(),
          user.username());
      backend
          .audit()
          .record(Actor.of(user), AuditAction.CATALOGUE_DISCARDED, "v" + discarded.getAsInt());
      throw new Redirect("/catalogue?discarded=" + discarded.getAsInt());
    }
    LOG.info("Catalogue discard by {} refused: the reviewed draft is gone", user.username());
    html(
        ctx,
        409,
        catalogueAnswer(request)
            .render(Optional.of(new CataloguePage.Message("catalogue.discard.stale", true))));
  }
}
