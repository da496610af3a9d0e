package nl.zuil.kioskfiles.kioskconfig;

/** How the visitor sees the screen: taller than wide, or wider than tall. */
public enum ScreenOrientation {
  PORTRAIT,
  LANDSCAPE
}
