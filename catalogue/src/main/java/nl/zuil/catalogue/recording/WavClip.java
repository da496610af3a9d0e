package nl.zuil.catalogue.recording;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * A recorded clip decoded whole: how long it plays and how loud it is. Only 16-bit PCM WAV, mono or
 * stereo, 8-48 kHz is accepted: what the kiosk's Java sound plays with no decoder of its own
 * (decision 0310).
 *
 * @param seconds how long it plays
 * @param rms its loudness as the root mean square of the samples, as a fraction of full scale
 */
public record WavClip(double seconds, double rms) {

  /** Larger than 30 s of 48 kHz stereo; a bigger upload is not decoded at all. */
  public static final int MAX_BYTES = 6 * 1024 * 1024;

  /**
   * @throws ClipUnreadableException with the reason in English when the bytes are not a whole clip
   *     of the accepted kind
   */
  public static WavClip decode(byte[] bytes) throws ClipUnreadableException {
    if (bytes.length > MAX_BYTES) {
      throw new ClipUnreadableException("larger than " + MAX_BYTES / (1024 * 1024) + " MB");
    }
    try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(bytes))) {
      AudioFormat format = in.getFormat();
      if (!AudioFormat.Encoding.PCM_SIGNED.equals(format.getEncoding())
          || format.getSampleSizeInBits() != 16
          || format.getChannels() < 1
          || format.getChannels() > 2
          || format.getSampleRate() < 8000
          || format.getSampleRate() > 48000) {
        throw new ClipUnreadableException(
            "not 16-bit PCM, mono or stereo, 8000-48000 Hz: " + format);
      }
      long frames = in.getFrameLength();
      byte[] samples = in.readAllBytes();
      // A cut-off file still has its header's length: the samples it promises must be there.
      if (frames == AudioSystem.NOT_SPECIFIED
          || frames == 0
          || samples.length != frames * format.getFrameSize()) {
        throw new ClipUnreadableException(
            "cut off: " + samples.length + " of " + frames * format.getFrameSize() + " bytes");
      }
      return new WavClip(frames / format.getFrameRate(), rms(samples, format.isBigEndian()));
    } catch (UnsupportedAudioFileException e) {
      throw new ClipUnreadableException("not a WAV file");
    } catch (IOException e) {
      throw new ClipUnreadableException("cannot be read: " + e.getMessage());
    }
  }

  private static double rms(byte[] samples, boolean bigEndian) {
    double sum = 0;
    int count = samples.length / 2;
    for (int i = 0; i + 1 < samples.length; i += 2) {
      int high = bigEndian ? samples[i] : samples[i + 1];
      int low = bigEndian ? samples[i + 1] : samples[i];
      double sample = (short) ((high << 8) | (low & 0xff)) / 32768.0;
      sum += sample * sample;
    }
    return count == 0 ? 0 : Math.sqrt(sum / count);
  }

  /** Why a clip cannot be used, in English (the problem's text says it in Dutch or English). */
  public static final class ClipUnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    ClipUnreadableException(String reason) {
      super(reason);
    }
  }
}
