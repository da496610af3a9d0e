package nl.zuil.paperwork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout these checks read: the paperwork module's parent folder. */
final class Repository {

  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private Repository() {}

  static Path file(String relative) {
    return ROOT.resolve(relative);
  }

  static String read(String relative) {
    try {
      return Files.readString(file(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
