package nl.zuil.kiosk.testing;

import javafx.scene.paint.Color;

/** WCAG 2 contrast ratio between two opaque colours. */
public final class Contrast {

  public static final double MINIMUM = 4.5;

  private Contrast() {}

  public static double ratio(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(Color c) {
    return 0.2126 * channel(c.getRed())
        + 0.7152 * channel(c.getGreen())
        + 0.0722 * channel(c.getBlue());
  }

  private static double channel(double value) {
    return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
  }
}
