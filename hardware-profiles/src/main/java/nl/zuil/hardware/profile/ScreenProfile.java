package nl.zuil.hardware.profile;

/**
 * The kiosk's touch screen: the panel's own size and resolution (most panels are landscape) and how
 * it is mounted.
 *
 * @param widthPx the panel's native pixels across, before any rotation
 * @param scale the UI scale factor that makes a finger-sized button about 15 mm on this panel
 */
public record ScreenProfile(
    Integer widthMm,
    Integer heightMm,
    Integer widthPx,
    Integer heightPx,
    Orientation orientation,
    Double scale) {}
