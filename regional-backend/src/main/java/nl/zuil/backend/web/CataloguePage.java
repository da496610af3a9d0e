package nl.zuil.backend.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.publish.CatalogueDiff;
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

  /** A line above the page's content; {@code warning} for what went wrong. */
  record Message(String key, boolean warning, Object... arguments) {}

  /**
   * What {@code catalogue.jte} shows.
   *
   * @param published what kiosks get now, in words
   * @param publishedVersion its number, to download it; empty before the first publish
   * @param refused why the last upload was refused, if it was
   */
  record Model(
      View view,
      Optional<Message> message,
      String published,
      Optional<Integer> publishedVersion,
      Optional<Refused> refused,
      Optional<UnderReview> review) {}

  /** A refused upload: the file's name as the browser sent it, and what is wrong with it. */
  record Refused(String fileName, List<Problem> problems) {}

  /**
   * @param field the field's path, empty when the problem is the whole file
   * @param line the line in the file, 0 when unknown
   */
  record Problem(String field, int line, String message) {}

  /**
   * The draft under review, in words.
   *
   * @param fileVersionNote set when the file said another version than the one it gets
   * @param diffTitle what the differences are measured against
   * @param sections the catalogue's sections with their changes; empty when nothing changed
   */
  record UnderReview(
      int version,
      String digest,
      String uploadedBy,
      String uploadedAt,
      Optional<String> fileVersionNote,
      String diffTitle,
      List<Section> sections,
      int changedTexts,
      List<RetiredCode> retired) {}

  /**
   * One section of the differences; each entry is a code and its label (before → after for a
   * relabelled one).
   */
  record Section(String field, List<Entry> added, List<Entry> removed, List<Entry> relabelled) {}

  record Entry(String code, String label) {}

  /** A code in use in the region's figures that the draft no longer has. */
  record RetiredCode(String field, String code, String label, long visits) {}

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
    Optional<Refused> refused =
        problems.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new Refused(
                    fileName,
                    problems.stream()
                        .map(
                            p ->
                                new Problem(
                                    p.field(), p.line(), p.message(view.language().locale())))
                        .toList()));
    return Templates.render(
        "catalogue.jte",
        new Model(
            view,
            message,
            published
                .map(p -> view.t("catalogue.current", p.version(), time(p.publishedAt())))
                .orElse(view.t("catalogue.none")),
            published.map(Published::version),
            refused,
            review.map(this::underReview)));
  }

  private UnderReview underReview(Review review) {
    Draft draft = review.draft();
    CatalogueDiff diff = review.diff();
    return new UnderReview(
        draft.version(),
        draft.digest(),
        draft.uploadedBy(),
        time(draft.uploadedAt()),
        draft.fileVersion() == draft.version()
            ? Optional.empty()
            : Optional.of(
                view.t("catalogue.draft.fileVersion", draft.fileVersion(), draft.version())),
        published
            .map(p -> view.t("catalogue.diff.title", p.version()))
            .orElse(view.t("catalogue.diff.first")),
        diff.unchanged()
            ? List.of()
            : diff.sections().stream()
                .map(
                    s ->
                        new Section(
                            s.kind().field(),
                            entries(s.added(), false),
                            entries(s.removed(), false),
                            entries(s.relabelled(), true)))
                .toList(),
        diff.changedTexts(),
        review.retired().stream().map(r -> retired(r, review.labels())).toList());
  }

  private List<Entry> entries(List<CatalogueDiff.Entry> entries, boolean both) {
    return entries.stream()
        .map(
            e ->
                new Entry(
                    e.code(),
                    both
                        ? label(e.before()) + " → " + label(e.after())
                        : label(e.after().or(e::before))))
        .toList();
  }

  private String label(Optional<Labels> labels) {
    return labels.map(l -> l.in(view.language().code())).orElse("");
  }

  private RetiredCode retired(Retired retired, CatalogueLabels labels) {
    String language = view.language().code();
    String label =
        switch (retired.kind()) {
          case QUESTION_TYPES -> labels.question(retired.code(), language);
          case SITUATIONS -> labels.situation(retired.code(), language);
          case OUTCOMES -> labels.outcome(retired.code(), language);
          case PARTNERS -> labels.partner(retired.code(), language);
          case LANGUAGES -> retired.code();
        };
    return new RetiredCode(retired.kind().field(), retired.code(), label, retired.visits());
  }

  private String time(Instant at) {
    return DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", view.language().locale())
        .withZone(ZoneId.of("Europe/Amsterdam"))
        .format(at);
  }
}
