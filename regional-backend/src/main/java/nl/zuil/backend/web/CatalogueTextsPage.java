package nl.zuil.backend.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zuil.backend.publish.CatalogueTexts;
import nl.zuil.backend.publish.CatalogueTexts.Language;
import nl.zuil.backend.publish.CatalogueTexts.Text;
import nl.zuil.catalogue.CatalogueProblem;

/**
 * Region staff change the catalogue's texts in one language in the browser, beside the Dutch text,
 * instead of editing 80 KB of JSON by hand. Saving makes a draft that is reviewed and published
 * like an upload; what the validator refuses is shown at the text it is about.
 */
final class CatalogueTextsPage {

  /**
   * One text on the form.
   *
   * @param id the form control's id
   * @param field the text's place in the catalogue, sent back as the control's name
   * @param dutch the Dutch text, what the translation is of
   * @param value what the control holds: the catalogue's text, or what was typed when refused
   * @param problems what the validator said about this text, in the page's language
   */
  record Row(String id, String field, String dutch, String value, List<String> problems) {}

  /**
   * What {@code catalogue-texts.jte} shows.
   *
   * @param language the language being edited
   * @param basedOn which version the form edits: the draft under review or the published one
   * @param base the digest of that document, so a form left open cannot overwrite a later change
   * @param otherProblems refusals that are about no single text
   */
  record Model(
      View view,
      Optional<CataloguePage.Message> message,
      List<Language> languages,
      Language language,
      String basedOn,
      String base,
      List<Row> rows,
      List<String> otherProblems) {}

  static final String FIELD_PREFIX = "text:";

  private final View view;
  private final CatalogueTexts texts;
  private final String basedOn;
  private final String base;

  CatalogueTextsPage(View view, CatalogueTexts texts, String basedOn, String base) {
    this.view = view;
    this.texts = texts;
    this.basedOn = basedOn;
    this.base = base;
  }

  String render(Language language, Optional<CataloguePage.Message> message) {
    return render(language, Map.of(), List.of(), message);
  }

  /**
   * @param typed what the refused form held, by field; shown instead of the catalogue's texts
   * @param problems why the form was refused
   */
  String render(
      Language language,
      Map<String, String> typed,
      List<CatalogueProblem> problems,
      Optional<CataloguePage.Message> message) {
    List<Row> rows = new ArrayList<>();
    List<CatalogueProblem> placed = new ArrayList<>();
    int index = 0;
    for (Text text : texts.texts()) {
      List<String> own = new ArrayList<>();
      for (CatalogueProblem problem : problems) {
        if (problem.field().equals(text.field())
            || problem.field().equals(text.field() + "." + language.code())) {
          own.add(problem.message(view.language().locale()));
          placed.add(problem);
        }
      }
      rows.add(
          new Row(
              "text-" + index++,
              text.field(),
              text.in("nl"),
              typed.getOrDefault(text.field(), text.in(language.code())),
              own));
    }
    List<String> other =
        problems.stream()
            .filter(p -> !placed.contains(p))
            .map(
                p ->
                    (p.field().isEmpty() ? "" : p.field() + ": ")
                        + p.message(view.language().locale()))
            .toList();
    return Templates.render(
        "catalogue-texts.jte",
        new Model(view, message, texts.languages(), language, basedOn, base, rows, other));
  }
}
