package nl.zuil.kiosk.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.FloatControl;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.UnsupportedAudioFileException;
import nl.zuil.hardware.profile.AudioProfile;

/**
 * Plays through Java sound on the output the hardware profile names (the kiosk's speaker or its
 * headphone jack), at the profile's volume.
 */
public final class SoundSpeaker implements Speaker {

  private final AudioProfile audio;
  private volatile Clip playing;

  public SoundSpeaker(AudioProfile audio) {
    this.audio = audio;
  }

  @Override
  public void play(Path wav) throws IOException {
    try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile());
        Clip clip = clip()) {
      clip.open(in);
      setVolume(clip);
      // STOP comes at the end of the sound and from stop(): either way this text is over.
      CountDownLatch over = new CountDownLatch(1);
      clip.addLineListener(
          event -> {
            if (event.getType() == LineEvent.Type.STOP) {
              over.countDown();
            }
          });
      playing = clip;
      clip.start();
      over.await();
    } catch (UnsupportedAudioFileException e) {
      throw new IOException(wav + " is not a WAV file Java can play", e);
    } catch (LineUnavailableException | IllegalArgumentException e) {
      throw new IOException("the audio output '" + describe() + "' cannot play: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      playing = null;
    }
  }

  @Override
  public void stop() {
    Clip clip = playing;
    playing = null;
    if (clip != null) {
      clip.stop();
    }
  }

  private Clip clip() throws LineUnavailableException, IOException {
    if (audio.device() == null) {
      return AudioSystem.getClip();
    }
    String wanted = audio.device().toLowerCase(Locale.ROOT);
    Mixer.Info mixer =
        Arrays.stream(AudioSystem.getMixerInfo())
            .filter(m -> m.getName().toLowerCase(Locale.ROOT).contains(wanted))
            .findFirst()
            .orElseThrow(
                () ->
                    new IOException(
                        "no audio output named like '"
                            + audio.device()
                            + "'; outputs here: "
                            + Arrays.toString(AudioSystem.getMixerInfo())));
    return AudioSystem.getClip(mixer);
  }

  private void setVolume(Clip clip) {
    if (!clip.isControlSupported(FloatControl.Type.MASTER_GAIN)) {
      return;
    }
    FloatControl gain = (FloatControl) clip.getControl(FloatControl.Type.MASTER_GAIN);
    // Percent of full scale as amplitude: 50 % is -6 dB; 0 % is as quiet as the line goes.
    double fraction = audio.volume() / 100.0;
    float decibels = fraction <= 0 ? gain.getMinimum() : (float) (20 * Math.log10(fraction));
    gain.setValue(Math.max(gain.getMinimum(), Math.min(gain.getMaximum(), decibels)));
  }

  private String describe() {
    return audio.device() == null ? "default" : audio.device();
  }
}
