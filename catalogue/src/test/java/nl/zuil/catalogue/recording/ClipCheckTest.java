package nl.zuil.catalogue.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.CatalogueProblem;
import nl.zuil.catalogue.ProblemKind;
import nl.zuil.catalogue.Recording;
import nl.zuil.testsupport.Sox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real WAV files made with sox, checked as a kiosk's agent and the backend check them. */
class ClipCheckTest {

  @TempDir Path folder;

  @Test
  void acceptsAnAudibleClipOfPlausibleLength() throws IOException {
    String sha = store(Sox.tone(folder.resolve("ok.wav"), 2, 0.3, 22050));

    assertThat(check(Map.of("welcome.title", Map.of("nl", sha)))).isEmpty();
  }

  @Test
  void refusesAMissingACutOffAGarbledASilentAndATooLongClipEachByName() throws IOException {
    byte[] whole = Files.readAllBytes(Sox.tone(folder.resolve("t.wav"), 2, 0.3, 22050));
    String cutOff = store(Arrays.copyOf(whole, whole.length / 2));
    String garbled = store("RIFF but not really a wave file at all".getBytes());
    String silent = store(Sox.tone(folder.resolve("s.wav"), 2, 0, 22050));
    // "Welkom bij het Werkcentrum" is 26 characters: at most 3 + 0.15 x 26 = 6.9 s.
    String tooLong = store(Sox.tone(folder.resolve("l.wav"), 8, 0.3, 22050));
    String missing = Clips.sha256("never stored".getBytes());

    List<CatalogueProblem> problems =
        check(
            Map.of(
                "welcome.title",
                Map.of("nl", tooLong, "en", cutOff, "ar", garbled, "uk", silent, "pl", missing)));

    assertThat(problems)
        .extracting(CatalogueProblem::field, CatalogueProblem::kind)
        .containsExactlyInAnyOrder(
            tuple("recordings.welcome.title.nl", ProblemKind.CLIP_TOO_LONG),
            tuple("recordings.welcome.title.en", ProblemKind.CLIP_UNREADABLE),
            tuple("recordings.welcome.title.ar", ProblemKind.CLIP_UNREADABLE),
            tuple("recordings.welcome.title.uk", ProblemKind.CLIP_SILENT),
            tuple("recordings.welcome.title.pl", ProblemKind.CLIP_MISSING));
    CatalogueProblem tooLongProblem =
        problems.stream().filter(p -> p.kind() == ProblemKind.CLIP_TOO_LONG).findFirst().get();
    assertThat(tooLongProblem.message(Locale.forLanguageTag("nl")))
        .isEqualTo(
            "De opname duurt 8.0 seconden; voor deze tekst mag dat hoogstens 6.9 seconden zijn."
                + " Haal de stilte aan het begin en eind weg of spreek alleen deze tekst in.");
    assertThat(
            problems.stream()
                .filter(p -> p.field().endsWith(".en"))
                .findFirst()
                .get()
                .message(Locale.ENGLISH))
        .contains("cut off");
  }

  @Test
  void refusesAClipWhoseContentIsNotTheHashItIsNamedBy() throws IOException {
    byte[] clip = Files.readAllBytes(Sox.tone(folder.resolve("a.wav"), 2, 0.3, 22050));
    String other = Clips.sha256("another clip".getBytes());
    Files.write(folder.resolve(other + ".wav"), clip);

    assertThat(check(Map.of("welcome.title", Map.of("nl", other))))
        .extracting(CatalogueProblem::kind)
        .containsExactly(ProblemKind.CLIP_UNREADABLE);
  }

  @Test
  void refusesEightBitAndOtherFormatsTheKioskIsNotPromised() throws IOException {
    Path eightBit = folder.resolve("8bit.wav");
    Sox.run(
        "-n",
        "-r",
        "22050",
        "-c",
        "1",
        "-b",
        "8",
        eightBit.toString(),
        "synth",
        "2",
        "sine",
        "440",
        "vol",
        "0.3");

    assertThat(ClipCheck.problem(Files.readAllBytes(eightBit), "Welkom"))
        .get()
        .extracting(CatalogueProblem::kind)
        .isEqualTo(ProblemKind.CLIP_UNREADABLE);
  }

  @Test
  void allowsLongerClipsForLongerTextsUpToHalfAMinute() {
    assertThat(ClipCheck.limitSeconds("Ja")).isEqualTo(3.3, offset(1e-9));
    assertThat(ClipCheck.limitSeconds("x".repeat(100))).isEqualTo(18, offset(1e-9));
    assertThat(ClipCheck.limitSeconds("x".repeat(1000))).isEqualTo(30);
  }

  @Test
  void theCatalogueRefusesRecordingsOfTextsItHasNotOrThatTheScreenFillsIn() {
    String sha = Clips.sha256("x".getBytes());
    Catalogue withRecordings =
        CatalogueLoader.loadDefault()
            .withRecordings(
                Map.of(
                    "welcome.nothing", Map.of("nl", sha),
                    "idle.countdown", Map.of("nl", sha),
                    "questionTypes.find_work", Map.of("nl", "ABC", "xx", sha)));

    assertThatThrownBy(() -> CatalogueLoader.parse(CatalogueLoader.toJson(withRecordings), "t"))
        .isInstanceOfSatisfying(
            CatalogueException.class,
            e ->
                assertThat(e.problems())
                    .extracting(CatalogueProblem::field, CatalogueProblem::kind)
                    .containsExactlyInAnyOrder(
                        tuple("recordings.welcome.nothing", ProblemKind.RECORDING_TEXT_UNKNOWN),
                        tuple("recordings.idle.countdown.nl", ProblemKind.RECORDING_TEXT_VARIES),
                        tuple(
                            "recordings.questionTypes.find_work.nl",
                            ProblemKind.RECORDING_HASH_INVALID),
                        tuple(
                            "recordings.questionTypes.find_work.xx",
                            ProblemKind.LABEL_LANGUAGE_UNKNOWN)));
  }

  @Test
  void aCatalogueWithoutRecordingsIsWrittenAsBefore() throws CatalogueException {
    String json = CatalogueLoader.toJson(CatalogueLoader.loadDefault());

    assertThat(json).doesNotContain("recordings");
    String sha = Clips.sha256("x".getBytes());
    Catalogue reread =
        CatalogueLoader.parse(
            CatalogueLoader.toJson(
                CatalogueLoader.loadDefault()
                    .withRecordings(Map.of("questionTypes.find_work", Map.of("ar", sha)))),
            "t");
    assertThat(reread.recordingList())
        .containsExactly(new Recording("questionTypes.find_work", "ar", sha));
  }

  private List<CatalogueProblem> check(Map<String, Map<String, String>> recordings) {
    return ClipCheck.problems(
        CatalogueLoader.loadDefault().withRecordings(recordings), Clips.inFolder(folder));
  }

  private String store(Path wav) throws IOException {
    return store(Files.readAllBytes(wav));
  }

  private String store(byte[] bytes) throws IOException {
    String sha = Clips.sha256(bytes);
    Files.write(folder.resolve(sha + ".wav"), bytes);
    return sha;
  }
}
