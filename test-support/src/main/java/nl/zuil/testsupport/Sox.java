package nl.zuil.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes and measures real audio files with Debian's sox, so audio tests hear what a kiosk would and
 * not what the code under test says about itself.
 */
public final class Sox {

  private Sox() {}

  /**
   * A 16-bit mono WAV of a tone: {@code seconds} long at {@code volume} (0-1 of full scale; 0 is
   * silence), at {@code rate} Hz.
   */
  public static Path tone(Path wav, double seconds, double volume, int rate) {
    run(
        "-n",
        "-r",
        String.valueOf(rate),
        "-c",
        "1",
        "-b",
        "16",
        wav.toString(),
        "synth",
        String.valueOf(seconds),
        "sine",
        "440",
        "vol",
        String.valueOf(volume));
    return wav;
  }

  /** {@code sox <args>}'s standard error (where {@code stat} reports); fails when sox does. */
  public static String run(String... args) {
    Path sox = RequiredTool.find("sox", "sox");
    List<String> command = new ArrayList<>(List.of(sox.toString()));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).start();
      process.getInputStream().readAllBytes();
      String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError("sox " + command + " failed: " + errors);
      }
      return errors;
    } catch (IOException e) {
      throw new AssertionError("cannot run sox", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
