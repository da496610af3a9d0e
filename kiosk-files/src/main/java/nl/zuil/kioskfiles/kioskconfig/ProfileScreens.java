package nl.zuil.kioskfiles.kioskconfig;

import java.nio.file.Path;

/**
 * What the kiosk config reader asks of the hardware profiles (which live in hardware-profiles, with
 * the printer driver this module must not pull in): whether a profile can be loaded, and the screen
 * it describes.
 */
public interface ProfileScreens {

  /**
   * The screen as mounted on the kit the profile describes.
   *
   * @param profileFile the profile file for a kit Zuil does not ship; null for a shipped profile
   * @throws IllegalArgumentException when the profile cannot be loaded; the message says why
   */
  ScreenGeometry screenOf(String profile, Path profileFile);
}
