package nl.zuil.backend.web;

import static nl.zuil.backend.web.Html.esc;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.publish.CatalogueDiff;
import nl.zuil.backend.publish.CatalogueDiff.Entry;
import nl.zuil.backend.publish.CatalogueDiff.Section;
import nl.zuil.backend.publish.Draft;
import nl.zuil.backend.publish.RetiredCodes.Retired;
import nl.zuil.backend.region.PublishedCatalogues.Published;
import nl.zuil.backend.stats.CatalogueLabels;
import nl.zuil.catalogue.CatalogueProblem;
import nl.zuil.catalogue.Labels;

/**
 * Region staff upload a new catalogue version, review what it changes and publish it. One page:
 * what kiosks get now, the draft under review (if any) with its differences and retired codes, and
 * the upload form.
 */
final class CataloguePage {

  /** The draft under review, with what it changes. */
  record Review(Draft draft, CatalogueDiff diff, List<Retired> retired, CatalogueLabels labels) {}

  private final View view;
  private final Optional<Published> published;
  private final Optional<Review> review;

  CataloguePage(View view, Optional<Published> published, Optional<Review> review) {
    this.view = view;
    this.published = published;
    this.review = review;
  }

  String render(Optional<Message> message) {
    return render("", List.of(), message);
  }

  /**
   * @param fileName the refused file's name as the browser sent it, to say which file it was
   * @param problems why the last upload was refused; empty when it was not
   * @param message a status or warning to show first
   */
  String render(String fileName, List<CatalogueProblem> problems, Optional<Message> message) {
    StringBuilder main = new StringBuilder(8192);
    main.append("<h1>")
        .append(view.t("catalogue.title"))
        .append("</h1>\n<p class=\"lead\">")
        .append(view.t("catalogue.intro"))
        .append("</p>\n");
    message.ifPresent(m -> m.append(main, view));
    main.append("<p id=\"published-version\">")
        .append(
            published
                .map(p -> view.t("catalogue.current", p.version(), time(p.publishedAt())))
                .orElse(view.t("catalogue.none")))
        .append("</p>\n");
    if (!problems.isEmpty()) {
      refused(main, fileName, problems);
    }
    review.ifPresent(r -> review(main, r));
    upload(main);
    return view.page(view.text().get("catalogue.title"), "/catalogue", main.toString(), false);
  }

  /** A line above the page's content; {@code warning} for what went wrong. */
  record Message(String key, boolean warning, Object... arguments) {
    void append(StringBuilder main, View view) {
      main.append(
              warning
                  ? "<p class=\"warning\" role=\"alert\">"
                  : "<p class=\"done\" role=\"status\">")
          .append(view.t(key, arguments))
          .append("</p>\n");
    }
  }

  private void refused(StringBuilder main, String fileName, List<CatalogueProblem> problems) {
    main.append("<section class=\"refused warning\" role=\"alert\" id=\"upload-problems\"><h2>")
        .append(view.t("catalogue.refused", fileName))
        .append("</h2>\n<ul>");
    for (CatalogueProblem problem : problems) {
      main.append("<li>");
      if (!problem.field().isEmpty()) {
        main.append("<code class=\"field\">").append(esc(problem.field())).append("</code> ");
      }
      if (problem.line() > 0) {
        main.append("(").append(view.t("catalogue.problem.line", problem.line())).append(") ");
      }
      main.append(esc(problem.message(view.language().locale()))).append("</li>");
    }
    main.append("</ul>\n<p>")
        .append(view.t("catalogue.refused.nothing"))
        .append("</p></section>\n");
  }

  private void review(StringBuilder main, Review review) {
    Draft draft = review.draft();
    main.append("<section class=\"review\" id=\"review\"><h2>")
        .append(view.t("catalogue.draft.title", draft.version()))
        .append("</h2>\n<p>")
        .append(view.t("catalogue.draft.by", draft.uploadedBy(), time(draft.uploadedAt())));
    if (draft.fileVersion() != draft.version()) {
      main.append(' ')
          .append(view.t("catalogue.draft.fileVersion", draft.fileVersion(), draft.version()));
    }
    main.append("</p>\n<h3>")
        .append(
            published
                .map(p -> view.t("catalogue.diff.title", p.version()))
                .orElse(view.t("catalogue.diff.first")))
        .append("</h3>\n");
    CatalogueDiff diff = review.diff();
    if (diff.unchanged()) {
      main.append("<p>").append(view.t("catalogue.diff.none")).append("</p>\n");
    } else {
      main.append("<table class=\"diff\" id=\"diff\"><thead><tr><th scope=\"col\">")
          .append(view.t("catalogue.diff.section"))
          .append("</th><th scope=\"col\">")
          .append(view.t("catalogue.added"))
          .append("</th><th scope=\"col\">")
          .append(view.t("catalogue.removed"))
          .append("</th><th scope=\"col\">")
          .append(view.t("catalogue.relabelled"))
          .append("</th></tr></thead><tbody>\n");
      for (Section section : diff.sections()) {
        main.append("<tr data-section=\"")
            .append(section.kind().field())
            .append("\"><th scope=\"row\">")
            .append(view.t("catalogue.section." + section.kind().field()))
            .append("</th>");
        cell(main, section.added(), false);
        cell(main, section.removed(), false);
        cell(main, section.relabelled(), true);
        main.append("</tr>\n");
      }
      main.append("</tbody></table>\n<p id=\"changed-texts\">")
          .append(view.t("catalogue.texts", diff.changedTexts()))
          .append("</p>\n");
    }
    if (!review.retired().isEmpty()) {
      retired(main, review);
    }
    main.append("<p class=\"hint\">")
        .append(view.t("catalogue.publish.hint"))
        .append("</p>\n<div class=\"decide\">");
    decision(main, draft, "publish", view.t("catalogue.publish", draft.version()));
    decision(main, draft, "discard", view.t("catalogue.discard"));
    main.append("</div>\n</section>\n");
  }

  /**
   * A form that acts on the draft shown: it names the draft by its digest, so a newer upload in the
   * meantime is not what gets published or discarded.
   */
  private void decision(StringBuilder main, Draft draft, String action, String label) {
    main.append("<form method=\"post\" action=\"/catalogue/")
        .append(action)
        .append("\" class=\"")
        .append(action)
        .append("\">")
        .append(view.csrfField())
        .append("<input type=\"hidden\" name=\"draft\" value=\"")
        .append(esc(draft.digest()))
        .append("\"><button type=\"submit\" id=\"")
        .append(action)
        .append("\">")
        .append(label)
        .append("</button></form>");
  }

  private void cell(StringBuilder main, List<Entry> entries, boolean both) {
    main.append("<td class=\"text\">");
    if (entries.isEmpty()) {
      main.append("<span class=\"hint\">—</span></td>");
      return;
    }
    main.append("<ul class=\"codes\">");
    for (Entry entry : entries) {
      main.append("<li><code>").append(esc(entry.code())).append("</code> ");
      if (both) {
        main.append(label(entry.before())).append(" → ").append(label(entry.after()));
      } else {
        main.append(label(entry.after().or(entry::before)));
      }
      main.append("</li>");
    }
    main.append("</ul></td>");
  }

  private String label(Optional<Labels> labels) {
    return esc(labels.map(l -> l.in(view.language().code())).orElse(""));
  }

  private void retired(StringBuilder main, Review review) {
    String language = view.language().code();
    main.append("<div class=\"warning\" id=\"retired\" role=\"alert\"><h3>")
        .append(view.t("catalogue.retired.title"))
        .append("</h3><p>")
        .append(view.t("catalogue.retired.intro"))
        .append("</p><ul>");
    for (Retired retired : review.retired()) {
      String label =
          switch (retired.kind()) {
            case QUESTION_TYPES -> review.labels().question(retired.code(), language);
            case SITUATIONS -> review.labels().situation(retired.code(), language);
            case OUTCOMES -> review.labels().outcome(retired.code(), language);
            case PARTNERS -> review.labels().partner(retired.code(), language);
            case LANGUAGES -> retired.code();
          };
      main.append("<li>")
          .append(view.t("catalogue.section." + retired.kind().field()))
          .append(": <code>")
          .append(esc(retired.code()))
          .append("</code> ")
          .append(esc(label))
          .append(" — ")
          .append(view.t("catalogue.retired.visits", retired.visits()))
          .append("</li>");
    }
    main.append("</ul></div>\n");
  }

  private void upload(StringBuilder main) {
    main.append("<section class=\"upload\"><h2>")
        .append(view.t("catalogue.upload.title"))
        .append("</h2>\n<form class=\"enrol\" method=\"post\" action=\"/catalogue/upload\"")
        .append(" enctype=\"multipart/form-data\">")
        .append(view.csrfField())
        .append("<label>")
        .append(view.t("catalogue.upload.file"))
        .append(" <input type=\"file\" name=\"catalogue\" id=\"catalogue-file\"")
        .append(" accept=\"application/json,.json\" required aria-describedby=\"upload-hint\">")
        .append("</label><p class=\"hint\" id=\"upload-hint\">")
        .append(view.t("catalogue.upload.hint"));
    if (review.isPresent()) {
      main.append(' ').append(view.t("catalogue.upload.replaces", review.get().draft().version()));
    }
    main.append("</p><button type=\"submit\" id=\"upload\">")
        .append(view.t("catalogue.upload.submit"))
        .append("</button></form></section>\n");
  }

  private String time(Instant at) {
    return DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", view.language().locale())
        .withZone(ZoneId.of("Europe/Amsterdam"))
        .format(at);
  }
}
