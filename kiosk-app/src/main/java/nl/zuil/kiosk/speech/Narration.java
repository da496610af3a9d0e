package nl.zuil.kiosk.speech;

import java.util.List;

/**
 * Reads a screen aloud in a visitor language. Returns at once: what the visitor hears comes later,
 * from another thread, so a tap or the JavaFX thread never waits for a voice.
 */
public interface Narration {

  /**
   * @param language the catalogue language code ("nl", "ar", ...)
   * @param lines what the screen says, in that language and in reading order; a line that is a text
   *     the region recorded is played from its recording (decision 0310)
   */
  void say(String language, List<String> lines);
}
