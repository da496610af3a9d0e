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
                    } catch (IOException e) {
                      LOG.error("the kiosk could not play speech: {}", e.getMessage());
                    }
                  });
        });
  }

  @Override
  public void close() {
    latest.incrementAndGet();
    speaker.stop();
    thread.shutdownNow();
  }
}
