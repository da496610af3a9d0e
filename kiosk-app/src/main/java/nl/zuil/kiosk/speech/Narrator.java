package nl.zuil.kiosk.speech;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks on its own thread: synthesises (or finds in the cache) and plays. A new text replaces the
 * one playing and any waiting, so a visitor who taps "Luister" twice, or moves on, hears the
 * current screen once and not a queue of old ones.
 */
public final class Narrator implements Narration, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Narrator.class);

  private final Synthesiser synthesiser;
  private final Speaker speaker;
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

  public Narrator(Synthesiser synthesiser, Speaker speaker) {
    this.synthesiser = synthesiser;
    this.speaker = speaker;
  }

  @Override
  public void say(String language, String text) {
    if (text.isBlank()) {
      return;
    }
    long turn = latest.incrementAndGet();
    speaker.stop();
    thread.execute(
        () -> {
          if (turn != latest.get()) {
            return;
          }
          synthesiser
              .speak(language, text)
              .filter(wav -> turn == latest.get())
              .ifPresent(
                  wav -> {
                    try {
                      speaker.play(wav);
                      speakerWorks();
                    } catch (IOException e) {
                      speakerFailed(e);
                    }
                  });
        });
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
