package nl.zuil.kiosk.speech;

import java.io.IOException;
import java.nio.file.Path;

/** The kiosk's audio output: plays one WAV file to its end. */
public interface Speaker {

  /** Blocks until the sound has played; called only from the narration thread. */
  void play(Path wav) throws IOException;

  /** Stops what is playing, so a new text is not heard over the old one. */
  void stop();
}
