package nl.zuil.kiosk.config;

/** How the visitor sees the screen: taller than wide, or wider than tall. */
public enum ScreenOrientation {
  PORTRAIT,
  LANDSCAPE
}
