package nl.zuil.kiosk.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.zuil.kiosk.speech.Narration;
import nl.zuil.kiosk.speech.SpokenText;

/** Keeps what the kiosk asked to say, in order, for tests of when and what it speaks. */
public final class RecordingNarration implements Narration {

  /** One request to speak, its lines as the one text they are spoken as. */
  public record Said(String language, String text) {}

  private final List<Said> said = new CopyOnWriteArrayList<>();

  @Override
  public void say(String language, List<String> lines) {
    said.add(new Said(language, SpokenText.of(lines)));
  }

  public List<Said> said() {
    return List.copyOf(said);
  }
}
