package nl.zuil.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import nl.zuil.kiosk.testing.WavFolderSpeaker;
import nl.zuil.testsupport.RequiredTool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Speech made once and kept; a kiosk without espeak-ng stays up and says why it is silent. */
class NarratorTest {

  @TempDir Path dir;

  @BeforeAll
  static void tools() {
    RequiredTool.find("espeak-ng", "espeak-ng");
  }

  @Test
  void aTextIsSynthesisedOnceAndThenPlayedFromTheKiosksOwnFolder() throws Exception {
    Path cache = dir.resolve("speech");
    Path first = new Synthesiser("espeak-ng", cache).speak("ar", "مرحبا بكم").orElseThrow();

    // Without any espeak-ng the same text still comes from the folder.
    Optional<Path> again =
        new Synthesiser(dir.resolve("no-espeak-ng").toString(), cache).speak("ar", "مرحبا بكم");
    assertThat(again).contains(first);
    assertThat(new Synthesiser("espeak-ng", cache).speak("nl", "مرحبا بكم").orElseThrow())
        .as("another voice is another recording")
        .isNotEqualTo(first);
    try (Stream<Path> files = Files.list(cache)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("only whole recordings, no half-written ones")
          .hasSize(2)
          .allMatch(f -> f.endsWith(".wav"));
    }
  }

  @Test
  void withoutEspeakNgNothingIsSpokenAndNothingBreaks() {
    Synthesiser missing = new Synthesiser(dir.resolve("no-espeak-ng").toString(), dir.resolve("s"));

    assertThat(missing.speak("nl", "Welkom")).isEmpty();
  }

  @Test
  void theNarratorPlaysWhatItWasAskedToSayOnTheSpeaker() throws Exception {
    Path played = dir.resolve("played");
    Synthesiser synthesiser = new Synthesiser("espeak-ng", dir.resolve("speech"));
    try (Narrator narrator =
        new Narrator(synthesiser, new WavFolderSpeaker(played), () -> Recordings.NONE)) {
      narrator.say("uk", List.of("Ласкаво просимо"));
      waitFor(played, 1);
    }

    try (Stream<Path> files = Files.list(played)) {
      List<Path> wavs = files.toList();
      assertThat(wavs).hasSize(1);
      assertThat(Files.readAllBytes(wavs.get(0)))
          .isEqualTo(Files.readAllBytes(synthesiser.speak("uk", "Ласкаво просимо").orElseThrow()));
    }
  }

  private static void waitFor(Path folder, int files) throws Exception {
    for (int i = 0; i < 300; i++) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> list = Files.list(folder)) {
          if (list.count() >= files) {
            return;
          }
        }
      }
      Thread.sleep(50);
    }
    throw new TimeoutException("nothing was played within 15 s");
  }
}
