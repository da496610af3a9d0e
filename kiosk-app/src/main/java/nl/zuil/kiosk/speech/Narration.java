package nl.zuil.kiosk.speech;

/**
 * Reads a text aloud in a visitor language. Returns at once: what the visitor hears comes later,
 * from another thread, so a tap or the JavaFX thread never waits for a voice.
 */
public interface Narration {

  /**
   * @param language the catalogue language code ("nl", "ar", ...)
   * @param text what the screen says, in that language
   */
  void say(String language, String text);
}
