package nl.zuil.catalogue.recording;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueProblem;
import nl.zuil.catalogue.ProblemKind;
import nl.zuil.catalogue.Recording;

/**
 * Whether every recording of a catalogue has a clip a kiosk can play: there, a whole 16-bit PCM WAV
 * whose content is the hash it is named by, audible, and no longer than its text needs (decision
 * 0310). The catalogue itself is checked first by the loader; this needs the clips.
 */
public final class ClipCheck {

  /** Below this RMS (-40 dBFS) nothing is heard in a hall; espeak-ng speaks at 0.07-0.09. */
  static final double SILENT_RMS = 0.01;

  /** Start and end, for the breath and pause a person leaves around a recorded text. */
  static final double LEAD_SECONDS = 3;

  /**
   * A slow, clear voice for visitors who read little takes about 0.1 s a character; this leaves
   * half as much again.
   */
  static final double SECONDS_PER_CHARACTER = 0.15;

  /** The longest a visitor is asked to stand and listen to one text. */
  static final double MAX_SECONDS = 30;

  private ClipCheck() {}

  public static List<CatalogueProblem> problems(Catalogue catalogue, Clips clips) {
    List<CatalogueProblem> problems = new ArrayList<>();
    for (Recording recording : catalogue.recordingList()) {
      String at = "recordings." + recording.text() + "." + recording.language();
      String text = catalogue.recordedText(recording.text()).orElseThrow().in(recording.language());
      problem(recording.sha256(), text, clips).ifPresent(p -> problems.add(at(at, p)));
    }
    return problems;
  }

  /** What is wrong with the clip by {@code sha256} for a text, if anything. */
  public static Optional<CatalogueProblem> problem(String sha256, String text, Clips clips) {
    Optional<byte[]> bytes;
    try {
      bytes = clips.clip(sha256);
    } catch (IOException e) {
      return Optional.of(
          CatalogueProblem.of("", 0, ProblemKind.CLIP_UNREADABLE, sha256, e.getMessage()));
    }
    if (bytes.isEmpty()) {
      return Optional.of(CatalogueProblem.of("", 0, ProblemKind.CLIP_MISSING, sha256));
    }
    if (!Clips.sha256(bytes.get()).equals(sha256)) {
      return Optional.of(
          CatalogueProblem.of(
              "", 0, ProblemKind.CLIP_UNREADABLE, sha256, "its content has another SHA-256"));
    }
    return problem(bytes.get(), text);
  }

  /** What is wrong with a clip's bytes for a text, if anything: what an upload is checked for. */
  public static Optional<CatalogueProblem> problem(byte[] bytes, String text) {
    WavClip clip;
    try {
      clip = WavClip.decode(bytes);
    } catch (WavClip.ClipUnreadableException e) {
      return Optional.of(
          CatalogueProblem.of(
              "", 0, ProblemKind.CLIP_UNREADABLE, Clips.sha256(bytes), e.getMessage()));
    }
    if (clip.rms() < SILENT_RMS) {
      return Optional.of(CatalogueProblem.of("", 0, ProblemKind.CLIP_SILENT));
    }
    double limit = limitSeconds(text);
    if (clip.seconds() > limit) {
      return Optional.of(
          CatalogueProblem.of(
              "", 0, ProblemKind.CLIP_TOO_LONG, seconds(clip.seconds()), seconds(limit)));
    }
    return Optional.empty();
  }

  /** How long a clip of {@code text} may play. */
  public static double limitSeconds(String text) {
    int characters = text.codePointCount(0, text.length());
    return Math.min(MAX_SECONDS, LEAD_SECONDS + SECONDS_PER_CHARACTER * characters);
  }

  private static String seconds(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static CatalogueProblem at(String field, CatalogueProblem problem) {
    return new CatalogueProblem(field, 0, problem.kind(), problem.arguments());
  }
}
