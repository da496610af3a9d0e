package nl.zuil.kiosk.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.zuil.kiosk.speech.Narration;

/** Keeps what the kiosk asked to say, in order, for tests of when and what it speaks. */
public final class RecordingNarration implements Narration {

  /** One request to speak. */
  public record Said(String language, String text) {}

  private final List<Said> said = new CopyOnWriteArrayList<>();

  @Override
  public void say(String language, String text) {
    said.add(new Said(language, text));
  }

  public List<Said> said() {
    return List.copyOf(said);
  }
}
