package nl.zuil.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Reads QR codes with ZBar's {@code zbarimg} (Debian zbar-tools): a decoder written independently
 * of ZXing, which draws our codes, so a code both agree on is not read back by its own maker.
 */
public final class Zbar {

  private Zbar() {}

  /** The text of the one QR code in the image file; fails when there is none or more than one. */
  public static String decodeQr(Path image) {
    Path zbarimg = RequiredTool.find("zbarimg", "zbar-tools");
    try {
      Process process =
          new ProcessBuilder(
                  zbarimg.toString(),
                  "--quiet",
                  "--raw",
                  "-Sdisable",
                  "-Sqrcode.enable",
                  image.toString())
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError("zbarimg found no QR code in " + image + ": " + errors);
      }
      String[] codes = output.strip().split("\n");
      if (codes.length != 1) {
        throw new AssertionError(
            "zbarimg read " + codes.length + " lines in " + image + ": " + output);
      }
      return codes[0];
    } catch (IOException e) {
      throw new AssertionError("cannot run zbarimg", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
