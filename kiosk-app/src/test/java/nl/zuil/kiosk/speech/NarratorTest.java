package nl.zuil.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.zuil.hardware.profile.AudioProfile;
import nl.zuil.kiosk.testing.StandardErrorLines;
import nl.zuil.kiosk.testing.WavFolderSpeaker;
import nl.zuil.testsupport.RequiredTool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speech made once and kept; a kiosk without espeak-ng or without its sound card stays up and says
 * why it is silent, once.
 */
class NarratorTest {

  @TempDir Path dir;

  @BeforeAll
  static void tools() {
    RequiredTool.find("espeak-ng", "espeak-ng");
  }

  @Test
  void aTicketScreensTextIsKeptADayNotAsLongAsTheScreenTexts() throws Exception {
    Path cache = dir.resolve("speech");
    Synthesiser synthesiser = new Synthesiser("espeak-ng", cache);
    Path welcome = synthesiser.speak("nl", "Welkom").orElseThrow();
    Path ticket =
        synthesiser.speak("nl", "Uw nummer is W-007. Er zijn 3 mensen voor u.").orElseThrow();
    assertThat(ticket.getParent()).isEqualTo(cache.resolve(Synthesiser.VISIT_FOLDER));
    FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
    Files.setLastModifiedTime(welcome, twoDaysAgo);
    Files.setLastModifiedTime(ticket, twoDaysAgo);

    Path next =
        synthesiser.speak("nl", "Uw nummer is W-008. Er zijn 2 mensen voor u.").orElseThrow();

    assertThat(ticket).as("yesterday's ticket screen is gone").doesNotExist();
    assertThat(next).exists();
    assertThat(welcome).as("a screen text stays").exists();
  }

  @Test
  void aFileThatGoesWhileEarlierTicketTextsAreForgottenDoesNotSilenceTheKiosk() throws Exception {
    Path today = Files.createDirectories(dir.resolve("speech").resolve(Synthesiser.VISIT_FOLDER));
    // As a file another text's synthesis moves away between listing the folder and reading its
    // time: listed, but no longer there.
    Files.createSymbolicLink(today.resolve("speaking-1.part"), today.resolve("moved-away"));

    assertThat(
            new Synthesiser("espeak-ng", dir.resolve("speech"))
                .speak("tr", "Numaranız W-007. Önünüzde 3 kişi var."))
        .isPresent();
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

  /** The real speaker on an output this machine does not have: every play fails the same way. */
  @Test
  void aKioskWithoutItsSoundCardSaysSoOnceAndAgainWhenSpeechComesBack() throws Exception {
    Synthesiser synthesiser = new Synthesiser("espeak-ng", dir.resolve("speech"));
    SwitchingSpeaker speaker =
        new SwitchingSpeaker(
            new SoundSpeaker(new AudioProfile("no-such-sound-card", 80)),
            new WavFolderSpeaker(dir.resolve("played")));
    List<String> failed;
    List<String> back;
    try (StandardErrorLines log = StandardErrorLines.capture();
        Narrator narrator = new Narrator(synthesiser, speaker, () -> Recordings.NONE)) {
      for (int i = 0; i < 5; i++) {
        speaker.sayAndWait(narrator, "Welkom");
      }
      speaker.working = true;
      speaker.sayAndWait(narrator, "Welkom");
      speaker.working = false;
      speaker.sayAndWait(narrator, "Welkom");
      speaker.sayAndWait(narrator, "Welkom");
      failed = log.containing("could not play speech");
      back = log.containing("plays speech again");
    }

    assertThat(failed).as("one line when it fails, one when it fails again").hasSize(2);
    assertThat(failed.get(0)).contains("no audio output named like 'no-such-sound-card'");
    assertThat(back).hasSize(1);
  }

  /** Plays on {@code failing} until told it works, then on {@code working}; counts the plays. */
  private static final class SwitchingSpeaker implements Speaker {
    private final Speaker failing;
    private final Speaker works;
    private final AtomicInteger plays = new AtomicInteger();
    volatile boolean working;

    SwitchingSpeaker(Speaker failing, Speaker works) {
      this.failing = failing;
      this.works = works;
    }

    @Override
    public void play(Path wav) throws IOException {
      try {
        (working ? works : failing).play(wav);
      } finally {
        plays.incrementAndGet();
      }
    }

    @Override
    public void stop() {
      failing.stop();
    }

    /** One text at a time: the narrator drops a text still waiting when a newer one comes. */
    void sayAndWait(Narrator narrator, String text) throws Exception {
      int before = plays.get();
      narrator.say("nl", List.of(text));
      for (int i = 0; i < 300 && plays.get() == before; i++) {
        Thread.sleep(50);
      }
      if (plays.get() == before) {
        throw new TimeoutException("nothing was played within 15 s");
      }
      // The narrator logs after play returns; let it finish before the next text.
      Thread.sleep(50);
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
