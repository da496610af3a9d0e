package nl.zuil.kiosk.reload;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices a new catalogue in the kiosk's catalogue file and hands it out only when it is valid: the
 * loader's rules and every screen text the kiosk needs. The file is replaced whole (temp file and
 * rename, by {@code zuil-provision update-catalogue} and the sync agent), so a read sees either the
 * old file or the new one, never half of one. A file that is refused is logged once with the reason
 * and the catalogue in use stays.
 */
public final class CatalogueWatcher {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogueWatcher.class);

  private final Path file;
  private final Catalogue bundled;
  private final Function<Catalogue, List<String>> kioskProblems;
  private byte[] seen;

  /**
   * @param bundled the catalogue inside the kiosk, whose texts fill what a new one lacks; read once
   *     by the caller, not at every reload
   * @param kioskProblems what the kiosk misses in a catalogue the loader accepted (screen texts);
   *     empty when it fits
   */
  public CatalogueWatcher(
      Path file, Catalogue bundled, Function<Catalogue, List<String>> kioskProblems) {
    this.file = file;
    this.bundled = bundled;
    this.kioskProblems = kioskProblems;
    this.seen = digest(read().orElse(new byte[0]));
  }

  /** A valid catalogue that differs from the last file seen; empty when nothing new is usable. */
  public Optional<Catalogue> poll() {
    Optional<byte[]> content = read();
    if (content.isEmpty()) {
      return Optional.empty();
    }
    byte[] digest = digest(content.get());
    if (Arrays.equals(digest, seen)) {
      return Optional.empty();
    }
    seen = digest;
    Catalogue catalogue;
    try {
      catalogue =
          CatalogueLoader.parse(new String(content.get(), UTF_8), file.toString())
              .withTextsFrom(bundled);
    } catch (CatalogueException e) {
      LOG.error("new catalogue refused, the kiosk keeps the one it has: {}", e.getMessage());
      return Optional.empty();
    }
    List<String> missing = kioskProblems.apply(catalogue);
    if (!missing.isEmpty()) {
      LOG.error(
          "new catalogue {} refused, the kiosk keeps the one it has: {}",
          file,
          String.join("; ", missing));
      return Optional.empty();
    }
    LOG.info(
        "new catalogue {} version {} read from {}",
        catalogue.region().code(),
        catalogue.version(),
        file);
    return Optional.of(catalogue);
  }

  private Optional<byte[]> read() {
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      LOG.warn("catalogue file {} cannot be read now: {}", file, e.toString());
      return Optional.empty();
    }
  }

  private static byte[] digest(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
