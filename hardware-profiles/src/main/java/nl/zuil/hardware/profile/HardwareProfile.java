package nl.zuil.hardware.profile;

/**
 * One supported kiosk kit: its printer, screen and scanner. Instances come only from {@link
 * HardwareProfiles}, which refuses anything {@link ProfileValidator} finds wrong, so every field of
 * a profile in hand is present and in range.
 *
 * @param name the file name without {@code .json}, e.g. {@code epson-tm-t20iii}
 * @param description what the kit is, for the installer choosing a profile
 * @param audio where and how loud the kiosk speaks; null in profiles written before it could, which
 *     {@link #sound()} turns into the default
 */
public record HardwareProfile(
    Integer formatVersion,
    String name,
    String description,
    PrinterProfile printer,
    ScreenProfile screen,
    ScannerProfile scanner,
    AudioProfile audio) {

  /** The audio settings, with defaults for a profile that has none. */
  public AudioProfile sound() {
    return audio == null ? AudioProfile.DEFAULT : audio;
  }
}
