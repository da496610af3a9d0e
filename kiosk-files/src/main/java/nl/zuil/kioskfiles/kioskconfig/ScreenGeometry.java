package nl.zuil.kioskfiles.kioskconfig;

/**
 * The touch screen as the visitor sees it, in pixels and millimetres. Sizes that must hold for a
 * finger or an eye (a 15 mm touch target) are computed from it, so the same layout stays usable on
 * a small and on a large screen.
 */
public record ScreenGeometry(
    ScreenOrientation orientation, int widthPx, int heightPx, double widthMm, double heightMm) {

  /** The smallest touch target the accessibility rules allow. */
  public static final double MIN_TOUCH_MM = 15;

  public double pxPerMm() {
    return (widthPx / widthMm + heightPx / heightMm) / 2;
  }

  public double px(double mm) {
    return mm * pxPerMm();
  }

  public double minTouchPx() {
    return Math.ceil(px(MIN_TOUCH_MM));
  }

  public boolean portrait() {
    return orientation == ScreenOrientation.PORTRAIT;
  }
}
