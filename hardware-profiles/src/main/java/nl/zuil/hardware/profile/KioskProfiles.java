package nl.zuil.hardware.profile;

import java.nio.file.Path;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;
import nl.zuil.kioskfiles.kioskconfig.ProfileScreens;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;
import nl.zuil.kioskfiles.kioskconfig.ScreenOrientation;

/**
 * The hardware profile a kiosk config names: checked while the config is read (its screen is the
 * kiosk's unless the config says otherwise), loaded again for the printer driver.
 */
public final class KioskProfiles implements ProfileScreens {

  /** For {@link nl.zuil.kioskfiles.kioskconfig.KioskConfigFile#load}. */
  public static final KioskProfiles SCREENS = new KioskProfiles();

  private KioskProfiles() {}

  /** The profile of a config that was read with {@link #SCREENS}. */
  public static HardwareProfile of(KioskConfig.Printer printer) throws ProfileException {
    return printer.profileFile().isPresent()
        ? HardwareProfiles.load(printer.profileFile().get())
        : HardwareProfiles.load(printer.profile());
  }

  @Override
  public ScreenGeometry screenOf(String profile, Path profileFile) {
    try {
      HardwareProfile hardware =
          profileFile != null ? HardwareProfiles.load(profileFile) : HardwareProfiles.load(profile);
      return mounted(hardware.screen());
    } catch (ProfileException e) {
      throw new IllegalArgumentException(
          e.getMessage()
              + " (shipped profiles: "
              + String.join(", ", HardwareProfiles.SHIPPED)
              + ")",
          e);
    }
  }

  /**
   * The screen as mounted. Profiles give the panel's native size (most panels are landscape) and
   * how it hangs, so a panel turned to portrait swaps its sides.
   */
  private static ScreenGeometry mounted(ScreenProfile panel) {
    boolean portrait = panel.orientation() == Orientation.PORTRAIT;
    boolean nativeTall = panel.heightPx() > panel.widthPx();
    boolean turned = portrait != nativeTall;
    return new ScreenGeometry(
        portrait ? ScreenOrientation.PORTRAIT : ScreenOrientation.LANDSCAPE,
        turned ? panel.heightPx() : panel.widthPx(),
        turned ? panel.widthPx() : panel.heightPx(),
        turned ? panel.heightMm() : panel.widthMm(),
        turned ? panel.widthMm() : panel.heightMm());
  }
}
