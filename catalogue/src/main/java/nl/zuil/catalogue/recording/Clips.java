package nl.zuil.catalogue.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a catalogue's recorded clips are, by their SHA-256: a folder beside the catalogue on a
 * kiosk, a table in the backend.
 */
@FunctionalInterface
public interface Clips {

  /** The folder beside a catalogue file that holds its clips. */
  String FOLDER = "recordings";

  /** The clip's bytes, or empty when there is none by that hash. */
  Optional<byte[]> clip(String sha256) throws IOException;

  /** Clips as files named {@code <sha256>.wav} in {@code folder}. */
  static Clips inFolder(Path folder) {
    return sha256 -> {
      if (!SHA256.matcher(sha256).matches()) {
        return Optional.empty();
      }
      try {
        return Optional.of(Files.readAllBytes(folder.resolve(sha256 + ".wav")));
      } catch (NoSuchFileException e) {
        return Optional.empty();
      }
    };
  }

  /** The folder of clips beside {@code catalogueFile}. */
  static Path folderBeside(Path catalogueFile) {
    return catalogueFile.toAbsolutePath().resolveSibling(FOLDER);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
}
