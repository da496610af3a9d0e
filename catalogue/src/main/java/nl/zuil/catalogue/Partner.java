package nl.zuil.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * An organisation a gids refers visitors to (UWV, gemeente, Leerwerkloket, ...), with its place on
 * the region's sociale kaart: which questions and situations it takes, and how a gids reaches it
 * for a warm handoff. Organisation data only; nothing about a visitor.
 *
 * @param takes what the partner helps with; null when the region has not said
 * @param handoff how a gids hands a visitor over; null when the region has not said
 * @param description what the partner does, in words for visitors; null when the region has none
 */
public record Partner(
    String code, Labels labels, Takes takes, Handoff handoff, Labels description) {

  /**
   * @param questionTypes question type codes the partner takes
   * @param situations situation codes it takes; empty for every situation
   */
  public record Takes(List<String> questionTypes, List<String> situations) {

    public Takes {
      questionTypes = questionTypes == null ? List.of() : List.copyOf(questionTypes);
      situations = situations == null ? List.of() : List.copyOf(situations);
    }
  }

  /**
   * @param phone the line for professionals (not for visitors)
   * @param phoneHours when that line is answered
   * @param desks where the partner has a desk of its own, and when it is staffed
   */
  public record Handoff(String phone, OpeningHours phoneHours, List<Desk> desks) {

    public Handoff {
      desks = desks == null ? List.of() : List.copyOf(desks);
    }

    public Optional<Desk> deskAt(String locationCode) {
      return desks.stream().filter(d -> d.location().equals(locationCode)).findFirst();
    }
  }

  /** A partner's own desk inside an inlooppunt. */
  public record Desk(String location, OpeningHours hours) {}

  public boolean takesQuestion(String questionCode) {
    return takes != null && takes.questionTypes().contains(questionCode);
  }

  /** Takes the question, and the situation too (or takes every situation, or none was given). */
  public boolean takesQuestionAndSituation(String questionCode, String situationCode) {
    return takesQuestion(questionCode)
        && (situationCode == null
            || takes.situations().isEmpty()
            || takes.situations().contains(situationCode));
  }

  public Optional<Handoff> route() {
    return Optional.ofNullable(handoff);
  }
}
