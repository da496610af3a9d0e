package nl.zuil.kiosk.visitor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.kiosk.nextstep.NextStep;
import nl.zuil.kiosk.nextstep.NextSteps;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.VisitorTexts;

/**
 * The next step for the chosen question, in the language on screen: shown instead of a number when
 * no gids is here, and under the number when the gids leaves before the visitor's turn. The slip
 * can be printed once per visit.
 */
public final class NextStepScreenViewModel {

  /** What the visitor is told about the slip. */
  public enum Paper {
    NONE,
    PRINTING,
    PRINTED,
    NOT_PRINTED
  }

  private final NextSteps nextSteps;
  private final ObservableValue<String> language;
  private final ReadOnlyObjectWrapper<QuestionType> question = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Paper> paper = new ReadOnlyObjectWrapper<>(Paper.NONE);
  private final ObjectBinding<NextStep> step;
  // A field, not made per call: the view only listens to it, and JavaFX holds a binding's
  // dependencies weakly, so a binding nobody else holds is collected and the list stops changing.
  private final ObjectBinding<List<String>> places;
  private final StringBinding paperText;
  private final ScreenTexts texts;

  NextStepScreenViewModel(
      NextSteps nextSteps, ScreenTexts texts, ObservableValue<String> language) {
    this.texts = texts;
    this.nextSteps = nextSteps;
    this.language = language;
    step =
        Bindings.createObjectBinding(
            () ->
                question.get() == null
                    ? null
                    : nextSteps.write(question.get(), language.getValue()),
            question,
            language);
    places =
        Bindings.createObjectBinding(
            () -> step.get() == null ? List.of() : step.get().places(), step);
    paperText =
        Bindings.createStringBinding(
            () ->
                switch (paper.get()) {
                  case PRINTING -> texts.now(VisitorTexts.NEXT_PRINTING);
                  case PRINTED -> texts.now(VisitorTexts.NEXT_PRINTED);
                  case NOT_PRINTED -> texts.now(VisitorTexts.NEXT_NO_PAPER);
                  case NONE -> "";
                },
            paper,
            language);
  }

  void show(QuestionType chosen) {
    paper.set(Paper.NONE);
    question.set(chosen);
  }

  /** Whether the print button does anything: once per visit, and not while printing. */
  boolean mayPrint() {
    return step.get() != null && paper.get() == Paper.NONE;
  }

  void printing() {
    paper.set(Paper.PRINTING);
  }

  void printed(PrintResult result) {
    paper.set(result.printed() ? Paper.PRINTED : Paper.NOT_PRINTED);
  }

  void clear() {
    question.set(null);
    paper.set(Paper.NONE);
  }

  String language() {
    return language.getValue();
  }

  NextSteps nextSteps() {
    return nextSteps;
  }

  /**
   * What the step says, in the order the screen shows it, with the print button's words; the title
   * and chosen question are spoken by the caller (the ticket screen has its own).
   */
  List<String> spokenLines() {
    NextStep current = step.get();
    if (current == null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    lines.add(current.intro());
    lines.add(current.here());
    lines.add(current.elsewhere());
    lines.addAll(current.places());
    lines.add(current.contact());
    lines.add(current.phone());
    lines.add(current.phoneStatus());
    lines.add(current.phoneHours());
    lines.add(current.website());
    lines.add(current.scanHint());
    lines.add(texts.now(VisitorTexts.NEXT_PRINT));
    lines.add(paperText.get());
    return lines;
  }

  /** The step for the chosen question, or null before a question is chosen. */
  public ObjectBinding<NextStep> stepProperty() {
    return step;
  }

  public ReadOnlyObjectProperty<Paper> paperProperty() {
    return paper.getReadOnlyProperty();
  }

  public StringBinding paperText() {
    return paperText;
  }

  /** Lines of the step as the screen lists them, each one paragraph. */
  public StringBinding part(Function<NextStep, String> part) {
    return Bindings.createStringBinding(
        () -> step.get() == null ? "" : part.apply(step.get()), step);
  }

  public ObjectBinding<List<String>> places() {
    return places;
  }
}
