package nl.zuil.hardware.profile;

/**
 * The paper roll and how much of it the head reaches.
 *
 * @param printableDots head dots across one line; a raster image or QR code never exceeds this
 */
public record PaperProfile(Double widthMm, Integer dpi, Integer printableDots) {}
