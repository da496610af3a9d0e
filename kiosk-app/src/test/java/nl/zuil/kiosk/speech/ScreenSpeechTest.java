package nl.zuil.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zuil.catalogue.Language;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kiosk.visitor.Screen;
import nl.zuil.kiosk.visitor.VisitorFlowViewModel;
import nl.zuil.ledger.rating.Rating;
import nl.zuil.testsupport.RequiredTool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every visitor screen's text, in every catalogue language, through the real espeak-ng, measured
 * with sox: the kiosk says something, for about as long as the text takes to read, and audibly.
 */
class ScreenSpeechTest {

  /** Well below espeak-ng's speech (0.07-0.09 here) and far above a silent file (0). */
  private static final double RMS_FLOOR = 0.02;

  /** Seconds per character: a fast reader's pace and a very slow one's. */
  private static final double FASTEST = 1.0 / 40;

  private static final double SLOWEST = 1.0 / 4;

  private static final Pattern LENGTH = Pattern.compile("Length \\(seconds\\):\\s+([0-9.]+)");
  private static final Pattern RMS = Pattern.compile("RMS\\s+amplitude:\\s+([0-9.]+)");

  @TempDir Path dir;

  static Path sox;

  @BeforeAll
  static void tools() {
    RequiredTool.find("espeak-ng", "espeak-ng");
    sox = RequiredTool.find("sox", "sox");
  }

  record Spoken(
      String language, Screen screen, String text, Future<java.util.Optional<Path>> wav) {}

  @Test
  void everyScreenInEveryLanguageGivesAudibleSpeechAsLongAsItsText() throws Exception {
    Synthesiser synthesiser = new Synthesiser("espeak-ng", dir.resolve("speech"));
    ExecutorService two = Executors.newFixedThreadPool(2);
    List<Spoken> spoken = new ArrayList<>();
    try {
      for (Language language : KioskFixture.CATALOGUE.languages()) {
        screenTexts(language.code())
            .forEach(
                (screen, text) ->
                    spoken.add(
                        new Spoken(
                            language.code(),
                            screen,
                            text,
                            two.submit(() -> synthesiser.speak(language.code(), text)))));
      }
      for (Spoken s : spoken) {
        Path wav = s.wav().get().orElseThrow(() -> new AssertionError("no speech for " + s));
        double[] stat = stat(wav);
        double seconds = stat[0];
        int chars = s.text().length();
        assertThat(seconds)
            .as("%s %s (%d characters)", s.screen(), s.language(), chars)
            .isBetween(chars * FASTEST, chars * SLOWEST);
        assertThat(stat[1]).as("%s %s loudness", s.screen(), s.language()).isGreaterThan(RMS_FLOOR);
      }
      for (Language language : KioskFixture.CATALOGUE.languages()) {
        List<Spoken> ofLanguage =
            spoken.stream()
                .filter(s -> s.language().equals(language.code()))
                .sorted(Comparator.comparingInt(s -> s.text().length()))
                .toList();
        Spoken shortest = ofLanguage.get(0);
        Spoken longest = ofLanguage.get(ofLanguage.size() - 1);
        assertThat(stat(longest.wav().get().orElseThrow())[0])
            .as(
                "in %s the longest screen text (%s) takes longer than the shortest (%s)",
                language.code(), longest.screen(), shortest.screen())
            .isGreaterThan(stat(shortest.wav().get().orElseThrow())[0]);
      }
    } finally {
      two.shutdownNow();
    }
  }

  /** Each visitor screen's text in {@code language}, from a visit through the real flow. */
  private Map<Screen, String> screenTexts(String language) throws IOException {
    Map<Screen, String> texts = new LinkedHashMap<>();
    Path kioskDir = Files.createDirectories(dir.resolve("kiosk-" + language));
    try (KioskFixture kiosk = KioskFixture.direct(kioskDir)) {
      VisitorFlowViewModel flow =
          new VisitorFlowViewModel(
              KioskFixture.CATALOGUE,
              kiosk.config.locationName(),
              kiosk.config.idle(),
              kiosk.office,
              Runnable::run,
              kiosk.clock,
              kiosk.narration);
      Runnable later = () -> kiosk.clock.advance(Duration.ofSeconds(2));
      later.run();
      flow.chooseLanguage(language);
      later.run();
      flow.back();
      texts.put(flow.screenProperty().get(), flow.spokenText());
      later.run();
      flow.start();
      texts.put(flow.screenProperty().get(), flow.spokenText());
      later.run();
      flow.chooseQuestion("find_work");
      texts.put(flow.screenProperty().get(), flow.spokenText());
      later.run();
      flow.skipSituation();
      texts.put(flow.screenProperty().get(), flow.spokenText());
      later.run();
      flow.rate(Rating.GOOD);
      texts.put(flow.screenProperty().get(), flow.spokenText());
      later.run();
      flow.done();
      // No gids on this Wednesday morning: the next step instead of a number.
      kiosk.clock.set("2026-11-25T10:00");
      flow.chooseLanguage(language);
      later.run();
      flow.chooseQuestion("employer");
      texts.put(flow.screenProperty().get(), flow.spokenText());
    }
    assertThat(texts.keySet()).containsExactlyInAnyOrder(Screen.values());
    return texts;
  }

  /** Length in seconds and RMS amplitude, as {@code sox f.wav -n stat} reports them. */
  private static double[] stat(Path wav) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(sox.toString(), wav.toString(), "-n", "stat")
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(out).isZero();
    return new double[] {number(LENGTH, out), number(RMS, out)};
  }

  private static double number(Pattern pattern, String out) {
    Matcher m = pattern.matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
