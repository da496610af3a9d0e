package nl.zuil.kiosk.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks on its own thread: plays the region's recording of a line where there is one, and
 * synthesises (or finds in the cache) the lines between. A new text replaces the one playing and
 * any waiting, so a visitor who taps "Luister" twice, or moves on, hears the current screen once
 * and not a queue of old ones.
 */
public final class Narrator implements Narration, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Narrator.class);

  private final Synthesiser synthesiser;
  private final Speaker speaker;
  private final Supplier<Recordings> recordings;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "zuil-speech");
            t.setDaemon(true);
            return t;
          });
  private final AtomicLong latest = new AtomicLong();
  // Only the speech thread reads and writes it.
  private boolean speakerFailing;

  /**
   * @param recordings the current catalogue's clips; asked at every text, so a catalogue the kiosk
   *     reloads brings its own
   */
  public Narrator(Synthesiser synthesiser, Speaker speaker, Supplier<Recordings> recordings) {
    this.synthesiser = synthesiser;
    this.speaker = speaker;
    this.recordings = recordings;
  }

  @Override
  public void say(String language, List<String> lines) {
    if (SpokenText.of(lines).isEmpty()) {
      return;
    }
    long turn = latest.incrementAndGet();
    speaker.stop();
    thread.execute(
        () -> {
          if (turn != latest.get()) {
            return;
          }
          // All made before the first plays, so no pause for espeak-ng falls between a recording
          // and the lines after it.
          List<Path> sounds = sounds(language, lines);
          for (Path wav : sounds) {
            if (turn != latest.get()) {
              return;
            }
            try {
              speaker.play(wav);
              speakerWorks();
            } catch (IOException e) {
              speakerFailed(e);
              return;
            }
          }
        });
  }

  /** The recorded lines as their clips, the runs of other lines each synthesised as one text. */
  private List<Path> sounds(String language, List<String> lines) {
    Recordings clips = recordings.get();
    List<Path> sounds = new ArrayList<>();
    List<String> unrecorded = new ArrayList<>();
    for (String line : lines) {
      Optional<Path> clip = clips.clip(language, line);
      if (clip.isPresent()) {
        synthesise(language, unrecorded, sounds);
        sounds.add(clip.get());
      } else {
        unrecorded.add(line);
      }
    }
    synthesise(language, unrecorded, sounds);
    return sounds;
  }

  private void synthesise(String language, List<String> lines, List<Path> sounds) {
    String text = SpokenText.of(lines);
    lines.clear();
    if (!text.isEmpty()) {
      synthesiser.speak(language, text).ifPresent(sounds::add);
    }
  }

  /**
   * A kiosk without a sound card fails every text the same way: the log says so once, and again
   * when speech plays after all.
   */
  private void speakerFailed(IOException e) {
    if (!speakerFailing) {
      speakerFailing = true;
      LOG.error(
          "the kiosk could not play speech: {}; it keeps trying and logs again once it plays",
          e.getMessage());
    }
  }

  private void speakerWorks() {
    if (speakerFailing) {
      speakerFailing = false;
      LOG.info("the kiosk plays speech again");
    }
  }

  @Override
  public void close() {
    latest.incrementAndGet();
    speaker.stop();
    thread.shutdownNow();
  }
}
