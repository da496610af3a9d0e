package nl.zuil.kiosk.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a text into speech offline with Debian's espeak-ng, one WAV per voice and text, kept in a
 * folder the kiosk owns. Screen texts repeat all day, so after the first visitor each one is a file
 * that is already there.
 */
public final class Synthesiser {

  private static final Logger LOG = LoggerFactory.getLogger(Synthesiser.class);

  /** The espeak-ng voice for each visitor language of the catalogue. */
  private static final Map<String, String> VOICES =
      Map.of("nl", "nl", "en", "en", "ar", "ar", "uk", "uk", "pl", "pl", "tr", "tr");

  /**
   * Where texts with digits go: a ticket screen says the number, the question and the people ahead,
   * which is what the ledger's visit row says, so such a file is kept a day, well inside the
   * ledger's retention, instead of for good. They hardly repeat anyway.
   */
  static final String VISIT_FOLDER = "today";

  private static final Duration VISIT_TEXTS_KEPT = Duration.ofDays(1);

  /** Long enough for a whole next-step screen; a hung espeak-ng must not hold the queue. */
  private static final long TIMEOUT_SECONDS = 30;

  private final String program;
  private final Path cache;

  /**
   * @param program "espeak-ng", or its path
   * @param cache the kiosk's own folder for spoken texts; made if missing
   */
  public Synthesiser(String program, Path cache) {
    this.program = program;
    this.cache = cache;
  }

  /**
   * The text spoken in the language's voice, or empty when it cannot be made; why is logged, with
   * what to install when espeak-ng is missing.
   */
  public Optional<Path> speak(String language, String text) {
    String voice = VOICES.getOrDefault(language, "nl");
    boolean ofAVisit = text.chars().anyMatch(Character::isDigit);
    Path folder = ofAVisit ? cache.resolve(VISIT_FOLDER) : cache;
    Path wav = folder.resolve(hash(voice, text) + ".wav");
    if (Files.isRegularFile(wav)) {
      return Optional.of(wav);
    }
    try {
      Files.createDirectories(folder);
      if (ofAVisit) {
        forgetEarlierVisits(folder);
      }
      Path partial = Files.createTempFile(folder, "speaking-", ".part");
      try {
        Process espeak =
            new ProcessBuilder(program, "-v", voice, "-w", partial.toString(), "--stdin")
                .redirectErrorStream(true)
                .start();
        // On stdin, not the command line: a text starting with "-" is still a text.
        try (var in = espeak.getOutputStream()) {
          in.write(text.getBytes(StandardCharsets.UTF_8));
        }
        byte[] output = espeak.getInputStream().readAllBytes();
        if (!espeak.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          espeak.destroyForcibly();
          LOG.error(
              "{} took over {} s for a {} text; nothing is spoken",
              program,
              TIMEOUT_SECONDS,
              voice);
          return Optional.empty();
        }
        if (espeak.exitValue() != 0 || Files.size(partial) == 0) {
          LOG.error(
              "{} -v {} failed (exit {}): {}",
              program,
              voice,
              espeak.exitValue(),
              new String(output, StandardCharsets.UTF_8).strip());
          return Optional.empty();
        }
        // Whole files only: a kiosk that stops mid-synthesis leaves a .part, never a short .wav.
        Files.move(
            partial, wav, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return Optional.of(wav);
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      LOG.error(
          "the kiosk cannot speak: {} did not run ({}). Install it: sudo apt-get install -y"
              + " espeak-ng",
          program,
          e.getMessage());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static void forgetEarlierVisits(Path folder) throws IOException {
    FileTime before = FileTime.from(Instant.now().minus(VISIT_TEXTS_KEPT));
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        try {
          if (Files.getLastModifiedTime(file).compareTo(before) < 0) {
            Files.deleteIfExists(file);
          }
        } catch (NoSuchFileException gone) {
          // Another text's half-written file, moved to its .wav since the folder was listed.
        }
      }
    }
  }

  private static String hash(String voice, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(voice.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
