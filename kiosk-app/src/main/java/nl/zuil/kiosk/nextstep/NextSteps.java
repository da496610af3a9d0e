package nl.zuil.kiosk.nextstep;

import java.util.Optional;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.catalogue.presence.Period;
import nl.zuil.catalogue.presence.Presence;
import nl.zuil.kiosk.presence.GidsPresence;

/**
 * What the visitor screen asks at its last tap: is there a gids to call a number, and if not (or
 * not for long), what is the next step.
 */
public final class NextSteps {

  private final GidsPresence presence;
  private final NextStepWriter writer;

  public NextSteps(GidsPresence presence) {
    this.presence = presence;
    this.writer = new NextStepWriter(presence);
  }

  public boolean queueOpen() {
    return presence.queueOpen();
  }

  /**
   * When the gids leaves, if a gids is here by the roster or an override; empty when the location
   * has no roster (the queue then runs as it always did) or nobody is here.
   */
  public Optional<Period> closing() {
    if (!presence.rostered()) {
      return Optional.empty();
    }
    Presence now = presence.now();
    return now.current();
  }

  /** Real minutes until {@link #closing()}. */
  public Optional<Long> minutesUntilClosing() {
    return presence.rostered() ? presence.now().minutesUntilClosing() : Optional.empty();
  }

  public NextStep write(QuestionType question, String language) {
    return writer.write(question, language);
  }

  public GidsPresence presence() {
    return presence;
  }
}
