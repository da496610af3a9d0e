package nl.zuil.kiosk.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zuil.hardware.profile.HardwareProfiles;
import nl.zuil.hardware.profile.ProfileException;
import nl.zuil.hardware.profile.ScreenProfile;

/**
 * A screen a shipped hardware profile names, mounted one way up: every panel size once, in portrait
 * and in landscape, named for a person ("21.5in-landscape").
 *
 * @param profiles the shipped profiles with this panel
 */
public record ProfileScreen(
    String name,
    String orientation,
    int widthPx,
    int heightPx,
    int widthMm,
    int heightMm,
    List<String> profiles) {

  /** Every distinct panel of the shipped profiles, portrait and landscape. */
  public static List<ProfileScreen> shipped() {
    Map<List<Integer>, List<String>> panels = new LinkedHashMap<>();
    for (String name : HardwareProfiles.SHIPPED) {
      ScreenProfile panel;
      try {
        panel = HardwareProfiles.load(name).screen();
      } catch (ProfileException e) {
        throw new AssertionError(e);
      }
      // Long side first: the same panel hung either way is one panel.
      boolean wide = panel.widthPx() >= panel.heightPx();
      List<Integer> key =
          wide
              ? List.of(panel.widthPx(), panel.heightPx(), panel.widthMm(), panel.heightMm())
              : List.of(panel.heightPx(), panel.widthPx(), panel.heightMm(), panel.widthMm());
      panels.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
    }
    List<ProfileScreen> screens = new ArrayList<>();
    panels.forEach(
        (panel, names) -> {
          int longPx = panel.get(0);
          int shortPx = panel.get(1);
          int longMm = panel.get(2);
          int shortMm = panel.get(3);
          String inches = "%.1fin".formatted(Math.hypot(longMm, shortMm) / 25.4);
          screens.add(
              new ProfileScreen(
                  inches + "-portrait", "portrait", shortPx, longPx, shortMm, longMm, names));
          screens.add(
              new ProfileScreen(
                  inches + "-landscape", "landscape", longPx, shortPx, longMm, shortMm, names));
        });
    return screens;
  }

  /** A kiosk config with this screen. */
  public String configJson() {
    return TestConfigs.json(orientation, widthPx, heightPx, widthMm, heightMm);
  }

  @Override
  public String toString() {
    return name + " " + profiles;
  }
}
