package nl.zuil.kiosk.archfixture;

/** Keeps every rule, so the rules are seen to pass code that is fine. */
public class WellBehavedScreen {

  public static final int MAX_TILES = 9;

  public String title() {
    return "Waar gaat uw vraag over?";
  }
}
