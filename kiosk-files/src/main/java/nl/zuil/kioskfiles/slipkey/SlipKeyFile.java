package nl.zuil.kioskfiles.slipkey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import nl.zuil.json.StrictJson;
import nl.zuil.json.StrictJsonException;
import nl.zuil.kioskfiles.AtomicFile;

/**
 * The slip key file: the sync agent writes it beside the catalogue it keeps (the folder it owns,
 * decision 0805), the kiosk reads it when it prints a referral slip. A reader never sees half a
 * file.
 */
public final class SlipKeyFile {

  /** Beside the catalogue file. */
  public static final String NAME = "slip-key.json";

  /** A secret: the agent writes, the kiosk's group reads, nobody else (decision 0801). */
  private static final String GROUP_READ = "rw-r-----";

  private final Path file;

  public SlipKeyFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  /** The slip key file beside {@code catalogueFile}. */
  public static SlipKeyFile besideCatalogue(Path catalogueFile) {
    return new SlipKeyFile(catalogueFile.toAbsolutePath().resolveSibling(NAME));
  }

  public Path file() {
    return file;
  }

  public void write(SlipKeySettings settings) throws IOException {
    check(settings);
    AtomicFile.write(file, StrictJson.compact(settings), Optional.of(GROUP_READ));
  }

  /**
   * The settings last written, or empty when the agent has not fetched a key yet.
   *
   * @throws IOException when the file exists but is unreadable or not a slip key
   */
  public Optional<SlipKeySettings> read() throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      SlipKeySettings settings = StrictJson.read(text, SlipKeySettings.class);
      check(settings);
      return Optional.of(settings);
    } catch (StrictJsonException | IllegalArgumentException e) {
      throw new IOException("Slip key file " + file + " is unreadable: " + e.getMessage());
    }
  }

  private static void check(SlipKeySettings settings) {
    if (settings.key() == null || Base64.getDecoder().decode(settings.key()).length != 32) {
      throw new IllegalArgumentException("key must be 32 bytes in base64");
    }
    if (settings.confirmUrl() == null
        || !(settings.confirmUrl().startsWith("https://")
            || settings.confirmUrl().startsWith("http://"))) {
      throw new IllegalArgumentException("confirmUrl must be an http(s) address");
    }
    if (settings.locationCode() == null || settings.locationCode().isBlank()) {
      throw new IllegalArgumentException("locationCode is missing");
    }
  }
}
