package nl.zuil.hardware.escpos;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The DejaVu font files, loaded from disk rather than through the desktop's font configuration: a
 * kiosk image without fontconfig still renders, and a missing package fails loudly at start instead
 * of printing empty boxes on a visitor's ticket.
 */
public final class DejaVuFonts {

  /** A directory holding DejaVuSans.ttf etc., when fonts live somewhere unusual. */
  public static final String DIRECTORY_PROPERTY = "zuil.fonts.dir";

  private static final List<Path> USUAL_DIRECTORIES =
      List.of(Path.of("/usr/share/fonts/truetype/dejavu"), Path.of("/usr/share/fonts/dejavu"));

  private static DejaVuFonts system;

  private final Font sans;
  private final Font sansBold;
  private final Font mono;
  private final Font monoBold;

  private DejaVuFonts(Path directory) {
    sans = load(directory, "DejaVuSans.ttf");
    sansBold = load(directory, "DejaVuSans-Bold.ttf");
    mono = load(directory, "DejaVuSansMono.ttf");
    monoBold = load(directory, "DejaVuSansMono-Bold.ttf");
  }

  /** The fonts of this machine; throws with the install command when they are missing. */
  public static synchronized DejaVuFonts system() {
    if (system == null) {
      system = new DejaVuFonts(findDirectory());
    }
    return system;
  }

  /** The fonts in {@code directory}; throws when one of the four files is missing there. */
  public static DejaVuFonts in(Path directory) {
    return new DejaVuFonts(directory);
  }

  /** Proportional DejaVu Sans, which has Latin, Cyrillic and Arabic with its joining forms. */
  public Font sans(boolean bold, float pixels) {
    return (bold ? sansBold : sans).deriveFont(pixels);
  }

  /** Monospaced, as a printer's own character font is. */
  public Font mono(boolean bold, float pixels) {
    return (bold ? monoBold : mono).deriveFont(pixels);
  }

  private static Path findDirectory() {
    String configured = System.getProperty(DIRECTORY_PROPERTY);
    if (configured != null) {
      return Path.of(configured);
    }
    return USUAL_DIRECTORIES.stream()
        .filter(dir -> Files.isRegularFile(dir.resolve("DejaVuSans.ttf")))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "DejaVu Sans is needed to print Arabic and Cyrillic text but is not in "
                        + USUAL_DIRECTORIES
                        + ". Install it: sudo apt-get install -y fonts-dejavu-core (or set -D"
                        + DIRECTORY_PROPERTY
                        + "=<dir>)"));
  }

  private static Font load(Path directory, String file) {
    Path path = directory.resolve(file);
    try {
      return Font.createFont(Font.TRUETYPE_FONT, path.toFile());
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException(
          "cannot load font "
              + path
              + ": "
              + e.getMessage()
              + ". Install it: sudo apt-get install -y fonts-dejavu-core",
          e);
    }
  }
}
