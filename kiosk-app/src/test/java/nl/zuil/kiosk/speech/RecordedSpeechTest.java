package nl.zuil.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.recording.Clips;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kiosk.testing.WavFolderSpeaker;
import nl.zuil.kiosk.visitor.VisitorFlowViewModel;
import nl.zuil.testsupport.RequiredTool;
import nl.zuil.testsupport.Sox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A screen with one text the region recorded: the visitor hears that recording for it and espeak-ng
 * for the lines before and after, in reading order (decision 0310).
 */
class RecordedSpeechTest {

  @TempDir Path dir;

  @BeforeAll
  static void tools() {
    RequiredTool.find("espeak-ng", "espeak-ng");
  }

  @Test
  void theQuestionScreenPlaysTheRegionsRecordingOfOneQuestionAndSynthesisesTheRest()
      throws Exception {
    Path folder = Files.createDirectories(dir.resolve("catalogue").resolve(Clips.FOLDER));
    // A tone no voice makes: what is played for the question is the clip, not speech.
    byte[] clip = Files.readAllBytes(Sox.tone(dir.resolve("clip.wav"), 1.5, 0.3, 16000));
    String sha = Clips.sha256(clip);
    Files.write(folder.resolve(sha + ".wav"), clip);
    Catalogue catalogue =
        KioskFixture.CATALOGUE.withRecordings(Map.of("questionTypes.learning", Map.of("nl", sha)));
    List<String> lines = questionScreenLines();
    String recorded = catalogue.questionType("learning").orElseThrow().labels().in("nl");
    int at = lines.indexOf(recorded);
    assertThat(at)
        .as("the recorded question is on the screen, not first nor last")
        .isBetween(1, lines.size() - 2);

    Path played = dir.resolve("played");
    Synthesiser synthesiser = new Synthesiser("espeak-ng", dir.resolve("speech"));
    try (Narrator narrator =
        new Narrator(
            synthesiser, new WavFolderSpeaker(played), () -> Recordings.of(catalogue, folder))) {
      narrator.say("nl", lines);
      waitFor(played, 3);
    }

    try (Stream<Path> files = Files.list(played)) {
      assertThat(files).hasSize(3);
    }
    assertThat(Files.readAllBytes(played.resolve("002.wav"))).isEqualTo(clip);
    assertThat(Sox.run(played.resolve("002.wav").toString(), "-n", "stat"))
        .containsPattern("Length \\(seconds\\):\\s+1\\.50");
    assertThat(Files.readAllBytes(played.resolve("001.wav")))
        .isEqualTo(read(synthesiser, lines.subList(0, at)));
    assertThat(Files.readAllBytes(played.resolve("003.wav")))
        .isEqualTo(read(synthesiser, lines.subList(at + 1, lines.size())));
    assertThat(Recordings.of(catalogue, folder).clip("ar", recorded))
        .as("a Dutch recording is not played for another language")
        .isEmpty();
  }

  private List<String> questionScreenLines() throws Exception {
    try (KioskFixture kiosk = KioskFixture.direct(Files.createDirectories(dir.resolve("kiosk")))) {
      VisitorFlowViewModel flow =
          new VisitorFlowViewModel(
              KioskFixture.CATALOGUE,
              kiosk.config.locationName(),
              kiosk.config.idle(),
              kiosk.office,
              Runnable::run,
              kiosk.clock,
              kiosk.narration);
      kiosk.clock.advance(Duration.ofSeconds(2));
      flow.start();
      return flow.spokenLines();
    }
  }

  private static byte[] read(Synthesiser synthesiser, List<String> lines) throws Exception {
    return Files.readAllBytes(synthesiser.speak("nl", SpokenText.of(lines)).orElseThrow());
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
    throw new TimeoutException("not everything was played within 15 s");
  }
}
