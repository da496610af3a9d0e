package nl.zuil.kiosk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import nl.zuil.kiosk.speech.Speaker;

/**
 * A speaker for a machine without one: each WAV it would play is copied into a folder, numbered in
 * playing order, for sox to measure.
 */
public final class WavFolderSpeaker implements Speaker {

  private final Path folder;
  private final AtomicInteger played = new AtomicInteger();

  public WavFolderSpeaker(Path folder) {
    this.folder = folder;
  }

  @Override
  public void play(Path wav) throws IOException {
    Files.createDirectories(folder);
    Files.copy(wav, folder.resolve(String.format("%03d.wav", played.incrementAndGet())));
  }

  @Override
  public void stop() {
    // A copy is instant: there is never anything still playing to stop.
  }
}
