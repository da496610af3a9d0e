package nl.zuil.hardware.profile;

/**
 * One supported kiosk kit: its printer, screen and scanner. Instances come only from {@link
 * HardwareProfiles}, which refuses anything {@link ProfileValidator} finds wrong, so every field of
 * a profile in hand is present and in range.
 *
 * @param name the file name without {@code .json}, e.g. {@code epson-tm-t20iii}
 * @param description what the kit is, for the installer choosing a profile
 */
public record HardwareProfile(
    Integer formatVersion,
    String name,
    String description,
    PrinterProfile printer,
    ScreenProfile screen,
    ScannerProfile scanner) {}
